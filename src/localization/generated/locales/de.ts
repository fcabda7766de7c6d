
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'campaign-list.column.action': `Aktion`,
'campaign-list.column.delivery-mode': `Zustellmodus`,
'campaign-list.column.description': `Beschreibung`,
'campaign-list.column.dialing-mode': `Wählmodus`,
'campaign-list.column.name': `Name`,
'campaign-list.column.status': `Status`,
'campaign-list.dismiss': `Schließen`,
'campaign-list.empty': `Keine aktiven oder laufenden Kampagnen. Kampagnen, denen Sie zugewiesen sind, erscheinen hier, sobald sie starten.`,
'campaign-list.get-record': `Datensatz abrufen`,
'campaign-list.loading': `Ihre Kampagnen werden geladen…`,
'campaign-list.receiving': str`${0}: Datensätze kommen weiter, bis Sie Stopp wählen.`,
'campaign-list.requested': str`Datensatz wird von ${0} angefordert.`,
'campaign-list.requesting': `Warte auf den Server…`,
'campaign-list.selected': str`${0} ausgewählt`,
'campaign-list.stop': `Stopp`,
'campaign-list.stopped': str`${0}: Ihnen werden keine weiteren Datensätze gesendet.`,
'campaign-list.stopping': str`${0} wird gebeten, keine Datensätze mehr zu senden.`,
'campaign-list.title': `Meine Kampagnen`,
'campaign.delivery.automatic': `Automatisch`,
'campaign.delivery.manual': `Manuell`,
'campaign.dialing.direct-push-preview': `Direkte Push-Vorschau`,
'campaign.dialing.predictive': `Prädiktiv`,
'campaign.dialing.preview': `Vorschau`,
'campaign.dialing.progressive': `Progressiv`,
'campaign.dialing.push-preview': `Push-Vorschau`,
'campaign.status.loaded': `Geladen`,
'campaign.status.running': `Läuft`,
'campaign.status.started': `Aktiv`,
'campaign.status.stopped': `Gestoppt`,
'campaign.status.unloaded': `Entladen`,
    };
  