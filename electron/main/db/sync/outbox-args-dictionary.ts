/**
 * The preset dictionary acknowledged outbox args are compressed against (outbox-args.ts, `args_dict` = 1). It
 * holds the args' vocabulary only: JSON keys of the mutations' args and the codes they carry (roles, kinds,
 * actions, documents, 案由), never a person's data. Later text is cheaper to refer to, so the most frequent
 * fragments come last. FROZEN: entries stored with it can only be read with these exact bytes; a better
 * dictionary is a new constant and a new `args_dict` value, never an edit of this one.
 */
export const ARGS_DICTIONARY_V1: Buffer = Buffer.from(
  [
    '"admin","arb.requestCorrection","med_withdrawn","arb_not_accepted","arb.suspended",',
    '"med_failed","hearing_notice","other","union","lawyer","relative","archived",',
    '"arb_withdrawn","med.session","arb_mediated","med_agreement","special","general",',
    '"arb.hearingScheduled","arb_awarded","med.accept","arb.composeTribunal","panel",',
    '"tribunal_notice","annual_leave","double_wages","economic_compensation","arb.accept",',
    '"application_copy","unlawful_termination","overtime","work_injury","wage_arrears",',
    '"mediation","female","closed","agent","service.record","direct","male","arbitration",',
    '"worker","applicant","employer","respondent",',
    '"committeeName":"shortName":"adminName":"adminId":"roles":"username":"passwordHash":',
    '"items":"workerCount":"reason":"approvedBy":"hearingDate":"time":"place":"mode":',
    '"presidingId":"memberIds":"representsIndex":"agentType":"authority":"simple":"status":',
    '"acceptedDate":"closedDate":"outcome":"document":"addressee":"addresseeRole":"method":',
    '"sentOn":"servedOn":"effectiveOn":"officialNo":"receivedDate":"reasons":"isCollective":',
    '"isMigrantWage":"parties":"idNumber":"sex":"ethnicity":"phone":"creditCode":"legalRep":',
    '"legalRepTitle":"claims":"provisionalNo":"receivedEventId":"officeId":"summary":"caseId":',
    '"action":"occurredOn":"payload":"eventId":"address":"type":"description":"amountFen":',
    '"role":"name":"kind":"id":',
  ].join(''),
  'utf8',
);
