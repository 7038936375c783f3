import { Col, Row } from 'antd';
import { TextField } from '../../components/TextField';
import type { RegisterForm } from './register-form-model';

/** 用人单位: 名称, 统一社会信用代码, 住所, 法定代表人 and 职务, 联系电话. */
export function EmployerFields({ index }: { index: number }) {
  const p = `parties.${index}` as const;
  const id = (f: string) => `party-${index}-${f}`;
  return (
    <Row gutter={16}>
      <Col xs={24} md={14}>
        <TextField<RegisterForm>
          name={`${p}.name`}
          label="名称"
          testId={id('name')}
          required
          maxLength={100}
        />
      </Col>
      <Col xs={24} md={10}>
        <TextField<RegisterForm>
          name={`${p}.creditCode`}
          label="统一社会信用代码"
          testId={id('creditCode')}
          maxLength={18}
        />
      </Col>
      <Col xs={24}>
        <TextField<RegisterForm> name={`${p}.address`} label="住所" testId={id('address')} maxLength={200} />
      </Col>
      <Col xs={24} md={8}>
        <TextField<RegisterForm>
          name={`${p}.legalRep`}
          label="法定代表人"
          testId={id('legalRep')}
          maxLength={50}
        />
      </Col>
      <Col xs={24} md={8}>
        <TextField<RegisterForm>
          name={`${p}.legalRepTitle`}
          label="职务"
          testId={id('legalRepTitle')}
          maxLength={50}
        />
      </Col>
      <Col xs={24} md={8}>
        <TextField<RegisterForm> name={`${p}.phone`} label="联系电话" testId={id('phone')} maxLength={30} />
      </Col>
    </Row>
  );
}
