import type { MigrationLogMessages } from './messages.js';

/** German messages: an example of a full translation, and proof that every string is replaceable. */
export const germanMessages: Partial<MigrationLogMessages> = {
  statusLabels: {
    accepted: 'Angenommen',
    'in-progress': 'In Bearbeitung',
    error: 'Fehler',
    completed: 'Abgeschlossen',
    'completed-warning': 'Abgeschlossen mit Warnung',
    unknown: 'Unbekannt',
  },
  statusDescriptions: {
    accepted: 'Die Migrationsanfrage wurde angenommen.',
    'in-progress': 'Die Datenmigration läuft.',
    error: 'Es sind Fehler aufgetreten; die Migration war nicht erfolgreich.',
    completed: 'Die Migration ist abgeschlossen; alle Daten wurden erfolgreich erzeugt.',
    'completed-warning':
      'Die Migration ist abgeschlossen, aber die Daten wurden nur teilweise erzeugt: einige konnten nicht erzeugt werden.',
    unknown: 'Der Server meldet einen Status, den diese Ansicht nicht kennt.',
  },
  unknownStatusLabel: (raw) => (raw ? `Unbekannt (${raw})` : 'Unbekannt'),
  columnStartTime: 'Startzeit',
  columnEndTime: 'Endzeit',
  columnGeneratedBy: 'Erstellt von',
  columnCutoverDate: 'Stichtag',
  columnProgress: 'Fortschritt',
  columnStatus: 'Status',
  columnActions: 'Aktionen',
  tableCaption: 'Migrationsprotokoll',
  notAvailable: '—',
  viewDetails: 'Details',
  viewDetailsOf: (row) => `Details der ${row} anzeigen`,
  migrationStartedAt: (start) => `Migration vom ${start}`,
  migrationWithId: (id) => `Migration ${id}`,
  utcTime: (iso) => `UTC: ${iso}`,
  progressLabel: 'Migrationsfortschritt',
  durationUnits: { day: 'T', hour: 'Std.', minute: 'Min.', second: 'Sek.' },
  loading: 'Migrationen werden geladen …',
  refreshing: 'Wird aktualisiert …',
  updatedAgo: (s) =>
    s < 5
      ? 'Gerade aktualisiert'
      : s < 60
        ? `Vor ${s} Sekunden aktualisiert`
        : `Vor ${Math.floor(s / 60)} Min. aktualisiert`,
  empty: 'Noch keine Migrationen.',
  emptyFiltered: 'Keine Migrationen entsprechen diesen Filtern.',
  errorTitle: 'Die Migrationen konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
  resetFilters: 'Filter zurücksetzen',
  filterStatus: 'Status',
  searchLabel: 'Suche',
  searchPlaceholder: 'Nach ID oder Person suchen',
  startedFrom: 'Gestartet ab',
  startedTo: 'Gestartet bis',
  pageSize: 'Zeilen pro Seite',
  pageOf: (page, count) => (count === null ? `Seite ${page}` : `Seite ${page} von ${count}`),
  totalItems: (total) => `${total.toLocaleString('de-DE')} ${total === 1 ? 'Migration' : 'Migrationen'}`,
  firstPage: 'Erste Seite',
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  lastPage: 'Letzte Seite',
  columns: 'Spalten',
};
