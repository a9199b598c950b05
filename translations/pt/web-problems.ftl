# The web application: why an action was refused.

web-refusal-invalid-answers = Algumas respostas requerem a sua atenção:
web-refusal-invalid-input = Um valor não é válido:
web-refusal-not-now = Esta ação não é possível neste momento.
web-problem-required = É necessária uma resposta.
web-problem-not-relevant = Tendo em conta as suas outras respostas, esta pergunta não se aplica: deixe-a em branco.
web-problem-out-of-bounds = A resposta está fora do intervalo permitido.
web-problem-invalid = Esta resposta não é válida.
