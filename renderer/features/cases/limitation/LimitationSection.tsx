import { Col, Collapse, Row } from 'antd';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { RegisterForm } from '../register-form-model';
import { LimitationFields } from './LimitationFields';
import { LimitationPreview } from './LimitationPreview';

const KEY = 'limitation';

/**
 * 仲裁时效（选填） in the register form: collapsed by default (its fields are then out of the Tab and Enter
 * order), opened with a click or Enter/Space on its header, and held open while one of its fields has an error.
 */
export function LimitationSection() {
  const { formState } = useFormContext<RegisterForm>();
  const [open, setOpen] = useState(false);
  const active = open || formState.errors.limitation !== undefined;
  return (
    <div className="form-card" data-testid="limitation-section">
      <Collapse
        size="small"
        activeKey={active ? [KEY] : []}
        onChange={(keys) => setOpen((Array.isArray(keys) ? keys : [keys]).includes(KEY))}
        items={[
          {
            key: KEY,
            label: <span data-testid="limitation-toggle">仲裁时效（选填）</span>,
            children: (
              <Row gutter={24}>
                <Col xs={24} xl={14}>
                  <LimitationFields />
                </Col>
                <Col xs={24} xl={10}>
                  <LimitationPreview />
                </Col>
              </Row>
            ),
          },
        ]}
      />
    </div>
  );
}
