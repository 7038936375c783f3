import { Card, Input, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { ClaimSynonyms } from '../../../shared/domain/claim-synonyms';
import { claimTypeEntries, matchClaimTypes } from '../../../shared/search/claim-type-match';

/** 试一试: what a typed word finds with the table being edited, best first, and by which name or word. */
export function SynonymTryBox({ synonyms }: { synonyms: ClaimSynonyms }) {
  const [query, setQuery] = useState('');
  const found = useMemo(() => matchClaimTypes(query, claimTypeEntries(synonyms)), [query, synonyms]);
  return (
    <Card size="small" title="试一试" className="form-card">
      <Input
        aria-label="输入一个说法试试"
        placeholder="输入一个说法，如“工资没发”"
        data-testid="synonyms-try"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        allowClear
      />
      {query.trim() !== '' && (
        <ul className="synonym-try-result" data-testid="synonyms-try-result">
          {found.length === 0 ? (
            <li>
              <Typography.Text type="secondary">找不到对应的请求类型</Typography.Text>
            </li>
          ) : (
            found.map((m) => (
              <li key={m.code}>
                {m.label}
                {m.matched !== m.label && (
                  <Typography.Text type="secondary">（由“{m.matched}”找到）</Typography.Text>
                )}
              </li>
            ))
          )}
        </ul>
      )}
    </Card>
  );
}
