// Starts govuk-frontend's components (service navigation menu, error summary focus, buttons).
import { initAll } from './govuk/govuk-frontend.min.js'
initAll()
