import { msg, str } from '@lit/localize';

// The ids keep the prefix of the element that first showed these labels, so translations stay.

/** Record information (PRV-2), in the preview and in the interaction view. */
export const fieldLabels = {
  recordInformation: () => msg('Record information', { id: 'outbound-preview.record-information' }),
  yes: () => msg('Yes', { id: 'outbound-preview.yes' }),
  no: () => msg('No', { id: 'outbound-preview.no' }),
  editable: () => msg('(editable)', { id: 'outbound-preview.field.editable' }),
  noChoice: () => msg('Not set', { id: 'outbound-preview.field.no-choice' }),
  unknownType: (type: string) =>
    msg(str`(shown as text: the kit does not know the field type “${type}”)`, { id: 'outbound-preview.field.unknown-type' }),
  notANumber: (label: string, typed: string) =>
    msg(str`${label} needs a number, such as 42 or 3.5; “${typed}” is not one.`, { id: 'outbound-preview.field.not-a-number' }),
};
