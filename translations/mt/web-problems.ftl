# The web application: why an action was refused.

web-refusal-invalid-answers = Xi tweġibiet jeħtieġu l-attenzjoni tiegħek:
web-refusal-invalid-input = Valur mhuwiex validu:
web-refusal-not-now = Din l-azzjoni mhijiex possibbli issa.
web-problem-required = Hija meħtieġa tweġiba.
web-problem-not-relevant = Din il-mistoqsija ma ssirx minħabba t-tweġibiet l-oħra tiegħek: ħalliha vojta.
web-problem-out-of-bounds = It-tweġiba hija barra mill-medda permessa.
web-problem-invalid = Din it-tweġiba mhijiex valida.
