import { builder } from "../../builder.ts";

export const AuditEntry = builder.prismaObject("AuditEntry", {
  description: "One change by an editor or moderator: who, when, what, and the object before and after.",
  fields: (t) => ({
    action: t.exposeString("action", { description: "What was done, e.g. event.update, event.publish, offering.create." }),
    subject: t.globalID({
      description: "The changed object's global ID.",
      resolve: (entry) => ({ type: entry.subjectType, id: entry.subjectId }),
    }),
    by: t.string({
      nullable: true,
      description: "Who made the change (name and work address); null when the account no longer exists.",
      select: { account: { select: { name: true, email: true } } },
      resolve: (entry) => (entry.account ? `${entry.account.name} <${entry.account.email}>` : null),
    }),
    at: t.expose("createdAt", { type: "DateTime", description: "When." }),
    before: t.string({ nullable: true, description: "The object before the change, as JSON.", select: { before: true }, resolve: (entry) => (entry.before === null ? null : JSON.stringify(entry.before)) }),
    after: t.string({ nullable: true, description: "The object after the change, as JSON.", select: { after: true }, resolve: (entry) => (entry.after === null ? null : JSON.stringify(entry.after)) }),
  }),
});
