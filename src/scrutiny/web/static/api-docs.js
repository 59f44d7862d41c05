// Starts Swagger UI on /api/docs; a file of its own, as the Content-Security-Policy forbids inline script.
// validatorUrl null: Swagger UI would otherwise send the API's description to validator.swagger.io.
const root = document.getElementById('swagger-ui')
window.ui = SwaggerUIBundle({
  url: root.dataset.openapiUrl,
  dom_id: '#swagger-ui',
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
  deepLinking: true,
  showExtensions: true,
  showCommonExtensions: true,
  validatorUrl: null
})
