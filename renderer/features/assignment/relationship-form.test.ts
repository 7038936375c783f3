import { describe, expect, it } from 'vitest';
import { blankRelationship, relationshipFormErrors, relationshipInput } from './relationship-form';

describe('relationship form', () => {
  it('needs the person, the relation and at least one way to identify the party', () => {
    expect(relationshipFormErrors(blankRelationship('s'))).toEqual({
      relation: '请选择或填写关系',
      partyName: '请填写对方的公民身份号码、统一社会信用代码或名称/姓名中的至少一项',
    });
    expect(relationshipFormErrors({ ...blankRelationship(''), relation: '近亲属', idNumber: 'x' })).toEqual({
      staffId: '请选择人员',
    });
  });

  it('sends only what was filled in, codes upper-cased', () => {
    expect(
      relationshipInput({
        staffId: 's',
        partyName: ' 示例市春晖物流有限公司 ',
        idNumber: '',
        creditCode: '91350100m000100y43',
        relation: '利害关系',
        note: '',
      }),
    ).toEqual({
      staffId: 's',
      relation: '利害关系',
      partyName: '示例市春晖物流有限公司',
      creditCode: '91350100M000100Y43',
    });
  });
});
