import { z } from 'zod';

/**
 * What a Direct Line client may post (Direct Line API 3.0, "Send an activity"). Only the fields
 * the bot reads are kept; everything else a client sends is dropped at this boundary. File
 * uploads are not offered, so attachments are refused.
 */
export const PostedActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(35).optional(),
  name: z.string().max(200).optional(),
  value: z.unknown().optional(),
  from: z.object({ id: z.string().max(200), name: z.string().max(200).optional() }).optional(),
  attachments: z.array(z.unknown()).max(0, 'attachments are not accepted').optional(),
  /** Web Chat matches its own message in the transcript by this id. */
  channelData: z
    .object({ clientActivityID: z.string().max(200).optional() })
    .passthrough()
    .optional(),
});
export type PostedActivity = z.infer<typeof PostedActivitySchema>;

export const StartConversationSchema = z
  .object({
    user: z.object({ id: z.string().max(200).optional(), name: z.string().max(200).optional() }).optional(),
    locale: z.string().max(35).optional(),
  })
  .optional();
