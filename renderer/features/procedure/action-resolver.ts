import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { z } from 'zod';
import { IsoDate } from '../../../shared/schema/primitives';
import type { ActionForm, ActionSubmit } from './action-form-types';

/** The modal's schema: 办理日期 plus the action's own payload schema (the one main parses with). */
export const actionFormSchema = (payload: z.ZodType) => z.object({ occurredOn: IsoDate, payload });

/**
 * react-hook-form resolver for one action. Issue paths come out as 'occurredOn' / 'payload.<field>', the same
 * paths main reports, so client and server errors land on the same fields. The action's schema is typed only
 * as `z.ZodType` in the registry, so the form's own value types are asserted here, in this one place.
 */
export function actionResolver(payload: z.ZodType): Resolver<ActionForm, unknown, ActionSubmit> {
  return zodResolver(actionFormSchema(payload)) as unknown as Resolver<ActionForm, unknown, ActionSubmit>;
}
