/** The URL parameter that carries the searched words to an article page: `?highlight=gabuev`. */
export const HIGHLIGHT_PARAM = 'highlight';
