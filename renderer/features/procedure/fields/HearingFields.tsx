import { PayloadDate } from './PayloadDate';
import { PayloadText } from './PayloadText';

/** 开庭时间和地点; a postponement also records why. */
export function HearingFields({ withReasons }: { withReasons: boolean }) {
  return (
    <>
      <PayloadDate
        name="hearingDate"
        label={withReasons ? '新的开庭日期' : '开庭日期'}
        testId="action-hearingDate"
        required
      />
      <PayloadText
        name="time"
        label="开庭时间（HH:MM）"
        testId="action-time"
        required
        maxLength={5}
        placeholder="09:00"
      />
      <PayloadText name="place" label="开庭地点" testId="action-place" required maxLength={100} />
      {withReasons && (
        <PayloadText
          name="reasons"
          label="延期理由"
          testId="action-reasons"
          required
          multiline
          maxLength={500}
        />
      )}
    </>
  );
}
