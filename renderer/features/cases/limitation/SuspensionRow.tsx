import { DeleteOutlined } from '@ant-design/icons';
import { Button, Col, Row } from 'antd';
import { TextField } from '../../../components/TextField';
import type { RegisterForm } from '../register-form-model';
import { LimitationDate } from './LimitationDate';

/** One 时效中止事由 (第二十七条第三款): from, to (empty while the cause lasts) and the reason. */
export function SuspensionRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const p = `limitation.suspensions.${index}` as const;
  const t = `limitation-suspension-${index}`;
  return (
    <Row gutter={12} align="top" className="limitation-row" data-testid={t}>
      <Col xs={12} md={6}>
        <LimitationDate name={`${p}.from`} label={`中止开始 ${index + 1}`} testId={`${t}-from`} required />
      </Col>
      <Col xs={12} md={6}>
        <LimitationDate name={`${p}.to`} label="中止结束" testId={`${t}-to`} />
      </Col>
      <Col xs={20} md={10}>
        <TextField<RegisterForm>
          name={`${p}.reason`}
          label="中止事由"
          testId={`${t}-reason`}
          required
          maxLength={200}
          placeholder="如 不可抗力、住院治疗"
        />
      </Col>
      <Col xs={4} md={2} className="claim-remove">
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={`删除中止事由 ${index + 1}`}
          data-testid={`${t}-remove`}
          onClick={onRemove}
        />
      </Col>
    </Row>
  );
}
