# The web application: why an action was refused.

web-refusal-invalid-answers = Ní mór duit aird a thabhairt ar roinnt freagraí:
web-refusal-invalid-input = Tá luach neamhbhailí ann:
web-refusal-not-now = Ní féidir an gníomh seo a dhéanamh anois.
web-problem-required = Ní mór freagra a thabhairt.
web-problem-not-relevant = Ní chuirtear an cheist seo i bhfianaise na bhfreagraí eile atá tugtha agat: fág folamh í.
web-problem-out-of-bounds = Tá an freagra lasmuigh den raon ceadaithe.
web-problem-invalid = Níl an freagra seo bailí.
