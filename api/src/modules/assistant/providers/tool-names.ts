// The names of Claude's tools, apart from the provider: importing them must not load the SDK
// (≈ 350 modules, a tenth of the API's start-up; it loads only when ANTHROPIC_API_KEY is set).
export const ASSESSMENT_TOOL = 'submit_assessment';
export const CLASSIFY_TOOL = 'classify_conversation';
