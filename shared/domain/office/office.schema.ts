import { z } from 'zod';
import { Id, RequiredText } from '../../schema/primitives';

export const OfficeKind = z.enum(['committee', 'station'], { message: '请选择机构类型' });

export const Office = z.object({
  id: z.string(),
  kind: OfficeKind,
  name: z.string(),
  shortName: z.string(),
  parentId: z.string().nullable(),
});
export type Office = z.infer<typeof Office>;

export const CreateOfficeArgs = z.object({
  id: Id.optional(),
  kind: OfficeKind,
  name: RequiredText(100),
  shortName: RequiredText(20),
  parentId: Id.optional(),
});
export type CreateOfficeArgs = z.infer<typeof CreateOfficeArgs>;
