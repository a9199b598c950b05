//! The page templates (`web/templates/*.hbs`, built into the binary) and
//! their helper `{{t "key" name=value}}`: an interface text in the page's
//! language (`@root.lang`), HTML-escaped.

use fluent_bundle::FluentValue;
use handlebars::{
    Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext, RenderError,
    RenderErrorReason,
};
use imi_engine::Definitions;
use serde_json::Value;

use crate::i18n::Texts;

const TEMPLATES: &[(&str, &str)] = &[
    ("login", include_str!("../templates/login.hbs")),
    ("code", include_str!("../templates/code.hbs")),
    ("first", include_str!("../templates/first.hbs")),
    ("tasks", include_str!("../templates/tasks.hbs")),
    ("search", include_str!("../templates/search.hbs")),
    ("authority", include_str!("../templates/authority.hbs")),
    ("request", include_str!("../templates/request.hbs")),
    ("error", include_str!("../templates/error.hbs")),
    ("compose", include_str!("../templates/compose.hbs")),
    ("statistics", include_str!("../templates/statistics.hbs")),
    ("requests", include_str!("../templates/requests.hbs")),
    ("admin", include_str!("../templates/admin.hbs")),
    ("lists", include_str!("../templates/lists.hbs")),
];

/// Templates used inside others (`{{> name}}`).
const PARTIALS: &[(&str, &str)] = &[
    ("layout", include_str!("../templates/layout.hbs")),
    ("fields", include_str!("../templates/fields.hbs")),
];

/// The templates and the texts they show.
pub struct Pages {
    handlebars: Handlebars<'static>,
    pub texts: std::sync::Arc<Texts>,
}

impl std::fmt::Debug for Pages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages").field("texts", &self.texts).finish()
    }
}

struct Translate(std::sync::Arc<Texts>);

impl HelperDef for Translate {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let key = h
            .param(0)
            .and_then(|p| p.value().as_str())
            .ok_or_else(|| RenderErrorReason::ParamNotFoundForIndex("t", 0))?;
        let lang = ctx.data()["lang"].as_str().unwrap_or("en");
        let args: Vec<(&str, FluentValue)> = h
            .hash()
            .iter()
            .map(|(name, v)| {
                let value = match v.value() {
                    Value::Number(n) => FluentValue::from(n.as_f64().unwrap_or(0.0)),
                    Value::String(s) => FluentValue::from(s.clone()),
                    other => FluentValue::from(other.to_string()),
                };
                (*name, value)
            })
            .collect();
        let text = self.0.get(lang, key, &args);
        out.write(&handlebars::html_escape(&text))?;
        Ok(())
    }
}

impl Pages {
    pub fn new(defs: &Definitions) -> Pages {
        let texts = std::sync::Arc::new(Texts::new(defs));
        let mut handlebars = Handlebars::new();
        handlebars.set_strict_mode(false);
        for (name, source) in TEMPLATES {
            if let Err(e) = handlebars.register_template_string(name, *source) {
                // The templates are part of the binary: the tests render each.
                tracing::error!(template = name, error = %e, "a page template does not parse");
            }
        }
        for (name, source) in PARTIALS {
            if let Err(e) = handlebars.register_partial(name, *source) {
                tracing::error!(partial = name, error = %e, "a page template does not parse");
            }
        }
        handlebars.register_helper("t", Box::new(Translate(texts.clone())));
        Pages { handlebars, texts }
    }

    /// Page `name` with `data` (which holds `lang`).
    pub fn render(&self, name: &str, data: &Value) -> Result<String, RenderError> {
        self.handlebars.render(name, data)
    }
}
