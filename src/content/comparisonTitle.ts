// The comparison page's title, apart from the comparison itself: the title is needed on first paint
// (page titles, announcements), the comparison only when it is opened (its own chunk).
export const COMPARISON_HEADING = { title: 'IMS and acupuncture: what is the difference?' };
