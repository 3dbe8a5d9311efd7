/** Stage 5, routing: what each page shows, head included, computed once per page from the model and the publishing stage; routes pass it to page components as props. */
export * from './page-data.ts';
export * from './cache-key.ts';
