import { css } from 'lit';

/**
 * A refused Get Record or Stop, under its button in the campaign's row. Its own sheet: the list's
 * layout sheet changes with the width, this does not.
 */
export const campaignListRefusalStyles = css`
  .refusal {
    display: block;
    max-inline-size: 24ch;
    margin-block-start: 0.25rem;
    font-size: 0.85rem;
    color: var(--_danger);
    border-inline-start: 3px solid var(--_danger);
    padding-inline-start: 0.25rem;
    white-space: normal;
  }
  @media (forced-colors: active) {
    .refusal {
      color: CanvasText;
      border-color: CanvasText;
    }
  }
`;
