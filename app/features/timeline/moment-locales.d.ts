// moment's ESM locale files register themselves on import and export nothing we use.
declare module 'moment/dist/locale/*';
