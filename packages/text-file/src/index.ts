export { decodeText, firstInvalidByte, type Decoded } from './decode.js';
export { keepFinalNewline } from './final-newline.js';
