// The 终局 / 非终局 statement of a 裁决书 with the parties' remedies (reference §3.5 item 10; §1.3 A17–A20):
// final (law arts 47–49) — effective on the day it is made; the worker may sue within fifteen days of receipt, the
// employer may apply within thirty days to the 中级人民法院 where the committee sits to revoke it on the grounds of
// art 49; non-final (law art 50) — either party may sue within fifteen days, else it takes effect. Enforcement:
// law art 51.

import type { DocContext } from '../context';
import { paragraph, type Block } from '../model';
import { partiesOfKind } from './parties';
import { names } from './text';

const LAW = '《中华人民共和国劳动争议调解仲裁法》';

const ENFORCEMENT =
  '当事人应当依照本裁决履行义务。一方当事人逾期不履行的，另一方当事人可以依照《中华人民共和国民事诉讼法》的有关规定向人民法院申请执行（《中华人民共和国劳动争议调解仲裁法》第五十一条）。';

/** The statement for a final or non-final award; parties are named by kind (worker / employer), not by role. */
export function remedyBlocks(ctx: DocContext, final: boolean): Block[] {
  if (!final) {
    return [
      paragraph(
        `本裁决为非终局裁决。当事人对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼；期满不起诉的，本裁决书发生法律效力（${LAW}第五十条）。`,
      ),
      paragraph(ENFORCEMENT),
    ];
  }
  const workers = names(partiesOfKind(ctx, 'worker').map((p) => p.name));
  const employers = names(partiesOfKind(ctx, 'employer').map((p) => p.name));
  return [
    paragraph(`本裁决为终局裁决，裁决书自作出之日起发生法律效力（${LAW}第四十七条）。`),
    paragraph(
      `劳动者${workers}对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼（${LAW}第四十八条）。`,
    ),
    paragraph(
      `用人单位${employers}有证据证明本裁决有${LAW}第四十九条第一款规定情形之一的，可以自收到本裁决书之日起三十日内向本委所在地的中级人民法院申请撤销裁决。`,
    ),
    paragraph(ENFORCEMENT),
  ];
}
