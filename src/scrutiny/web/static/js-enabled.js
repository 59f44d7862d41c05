// As govuk-frontend's page template does inline: marks the body so its components may start.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
