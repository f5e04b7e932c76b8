"""Word lists the analysis leans on: things that are not papers, and the phrases hosts use.

The lists name *kinds* of things (well-known baselines, datasets, metrics, hardware, companies and
field acronyms) rather than anything from particular transcripts, so they generalise to new episodes.
Names are stored normalised (see `tui.core.identity.normalise_name`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.core.analysis.prefilter import prefiltered
from tui.core.identity import normalise_name


def _norm_set(words: str) -> frozenset[str]:
    return frozenset(normalise_name(w) for w in words.split() if normalise_name(w))


# Models and systems that papers compare against; families are matched by prefix below.
KNOWN_MODELS = _norm_set(
    """
    GPT GPT-2 GPT-3 GPT-3.5 GPT-4 GPT-4o GPT-4V GPT-5 ChatGPT InstructGPT Codex o1 o1-mini o1-preview o3 o3-mini
    o4-mini DeepSeek DeepSeek-R1 DeepSeek-V3 DeepSeek-V2 R1 Claude Gemini Bard PaLM PaLM-2 Gemma LLaMA Llama
    Llama-2 Llama-3 Llama2 Llama3 Mistral Mixtral Falcon Vicuna Alpaca BLOOM OPT Phi Phi-2 Phi-3 Qwen Grok
    BERT RoBERTa ALBERT DistilBERT T5 Flan-T5 BART ELECTRA XLNet ViT DeiT Swin CLIP BLIP BLIP-2 LLaVA
    ResNet ResNet18 ResNet34 ResNet50 ResNet101 ResNet152 ResNet-18 ResNet-50 ResNet-101 VGG VGG16 VGG19
    Inception EfficientNet MobileNet DenseNet AlexNet LeNet YOLO YOLOv5 YOLOv8 U-Net UNet Transformer
    Transformers Mamba RWKV Whisper Wav2Vec wav2vec2 HuBERT Tacotron WaveNet Stable-Diffusion SDXL DALL-E
    Midjourney Sora Imagen SAM AlphaFold AlphaGo AlphaZero MuZero Copilot Siri Alexa DeltaNet
    """
)
KNOWN_MODEL_PREFIXES = tuple(
    normalise_name(p)
    for p in "GPT- ChatGPT DeepSeek- Llama- LLaMA- Claude- Gemini- ResNet VGG YOLO Qwen Mistral- Phi- o1- o3- o4-".split()
)

KNOWN_DATASETS = _norm_set(
    """
    ImageNet ImageNet-1K ImageNet-21K COCO MS-COCO CIFAR CIFAR-10 CIFAR-100 MNIST Fashion-MNIST SVHN
    Kinetics Kinetics-400 Ego4D LAION LAION-5B CommonCrawl C4 Pile RedPajama WikiText SQuAD GLUE SuperGLUE
    MMLU MMLU-Pro GSM8K MATH HumanEval MBPP BigBench BIG-Bench HellaSwag ARC TruthfulQA LibriSpeech
    CommonVoice VoxCeleb AudioSet NISQA WMT VQA VQAv2 GQA TextVQA DocVQA ChartQA MMMU MathVista
    Cityscapes KITTI nuScenes Waymo ADE20K Objects365 OpenImages
    """
)

KNOWN_METRICS = _norm_set(
    """
    BLEU BLEU-4 ROUGE ROUGE-L ROUGE-1 ROUGE-2 METEOR CIDEr SPICE BERTScore PESQ POLQA STOI ViSQOL MOS
    FID FVD IS KID LPIPS SSIM PSNR WER CER EER F1 F1-score mAP IoU mIoU AUC ROC AUROC MAE MSE RMSE MAPE
    SMAPE NDCG MRR Elo Pass@1 Top-1 Top-5 Top-K Top-P FLOPs FLOP TFLOPs TOPS perplexity
    """
)

KNOWN_HARDWARE = _norm_set(
    """
    A100 A100s H100 H100s H200 B200 B100 GB200 V100 T4 L4 L40 A10 A6000 RTX RTX-4090 RTX-3090 4090 3090
    TPU TPUs TPUv4 GPU GPUs CPU CPUs NPU NPUs Jetson M1 M2 M3 M4 Snapdragon Raspberry
    """
)

KNOWN_ORGS = _norm_set(
    """
    OpenAI AI21 Google DeepMind Mistral-AI Hugging-Face Allen-AI AllenAI Meta Microsoft Anthropic NVIDIA Nvidia Apple Amazon AWS Azure Alibaba Tencent
    Baidu ByteDance Meituan IBM HuggingFace Hugging-Face xAI Mistral-AI Cohere Stability Samsung Intel
    AMD Qualcomm Huawei Xiaomi Stanford MIT Berkeley CMU Oxford Cambridge Tsinghua NIH NSF DARPA arXiv
    GitHub YouTube Twitter Reddit TikTok Netflix Spotify Uber Tesla Waymo LinkedIn Facebook Instagram
    NeurIPS ICML ICLR CVPR ICCV ECCV ACL EMNLP NAACL AAAI IJCAI Interspeech ICASSP SIGGRAPH KDD
    PyTorch TensorFlow JAX CUDA Triton vLLM Kubernetes Python Linux Windows Android iOS
    Cornell Princeton Harvard Yale Columbia Caltech Georgia-Tech ETH EPFL KAIST NYU UCLA UCSD UIUC UCL
    Toronto Mila Montreal Edinburgh Imperial Tübingen Tubingen ShanghaiTech Fudan Peking PKU SJTU ZJU NUS NTU
    HKUST KAUST Weizmann Technion INRIA Inria Allen-Institute AI2 Salesforce Adobe Sony Naver Kakao
    """
)

# Field vocabulary written like names: acronyms and generic method words.
GENERIC_TERMS = _norm_set(
    """
    AI AGI ML DL NLP CV RL RLHF RLAIF PPO SFT LoRA QLoRA PEFT MoE MoEs KV LLM LLMs VLM VLMs MLLM MLLMs
    LMM LMMs LM LMs SLM SLMs API APIs SOTA GAN GANs CNN CNNs RNN RNNs LSTM GRU MLP TTS ASR OCR VoIP RAG CoT
    QA VQA NER POS SQL JSON HTML PDF URL USB IoT AR VR XR UI UX SaaS B2B B2C ROI CEO CTO PhD MRI fMRI EEG
    CT ECG DNA RNA GPU TPU RAM VRAM SRAM HBM FP16 FP8 BF16 INT8 INT4 GQA MHA MQA SSM SSMs ViTs
    ICU ER FDA EU US UK USA GDPR HIPAA OK TL;DR FAQ DIY PR HR IP
    GUI GUIs CLI IDE SDK OS DOM CSS ID IDs
    """
)

# Units written like names ("9.1 dB", "1.5 kbps", "40 GHz").
KNOWN_UNITS = _norm_set("dB dBA kbps Mbps Gbps kHz MHz GHz THz ms TB GB MB KB PB TFLOPS PFLOPS kWh MWh")

NOT_PAPERS = KNOWN_MODELS | KNOWN_DATASETS | KNOWN_METRICS | KNOWN_HARDWARE | KNOWN_ORGS | GENERIC_TERMS | KNOWN_UNITS


@lru_cache(maxsize=1 << 16)  # pure, and asked about the same names over and over
def is_field_term(name: str) -> bool:
    """Field vocabulary (LLM, MoE, OCR): never a paper's name, whatever the context."""
    if name.endswith("+"):
        return False  # "LoRA+" is a coined variant, not the field term
    norm = normalise_name(name)
    return norm in GENERIC_TERMS or (norm.endswith("s") and norm[:-1] in GENERIC_TERMS)


@lru_cache(maxsize=1 << 16)
def is_known_non_paper(name: str) -> bool:
    """True for well-known baselines, datasets, metrics, hardware, organisations and field acronyms."""
    if name.endswith("+"):
        return False
    norm = normalise_name(name)
    if not norm:
        return True
    if norm in NOT_PAPERS:
        return True
    if norm.endswith("s") and norm[:-1] in NOT_PAPERS:
        return True
    return any(norm.startswith(prefix) and len(norm) > len(prefix) for prefix in KNOWN_MODEL_PREFIXES)


# Words that modify "paper" without naming it ("the fourth paper", "an arXiv paper").
GENERIC_PAPER_MODIFIERS = frozenset(
    """
    the a an this that these those one first second third fourth fifth sixth seventh eighth ninth tenth
    last final next previous other another same whole entire actual original new latest recent old
    arxiv academic technical research white position survey review short long full main big little
    whole good great bad interesting fascinating wild wildest important key real own their our my your
    his her its which what each every any some both all whole follow-up follow companion earlier later
    today's todays week's weeks single second-to-last penultimate more most best worst favourite favorite
    cool neat solid nice weird strange boring dense theory theoretical empirical applied
    """.split()
)

# Nouns that say what kind of thing a name is, after "this X ..." ("this X framework").
ARTIFACT_NOUNS = (
    "paper|work|study|framework|model|method|approach|system|benchmark|dataset|architecture|technique|"
    "report|tech report|technical report|toolkit|pipeline|algorithm|agent|family|suite|project|preprint"
)

# The listener's world: organisations and people who would use a paper's work (not labs, teams or researchers,
# who may be the authors) ("a bank", "an inference startup",
# "a four-person studio"). Said with an indefinite article as the subject of a present-tense verb, they are the
# hosts' made-up case, not what a paper reports.
LISTENER_ACTORS = (
    "bank|fund|insurer|retailer|startup|start-up|company|business|firm|studio|shop|agency|authority|council|"
    "government|ministry|city|hospital|clinic|practice|school|newsroom|publisher|"
    "warehouse|factory|farm|manufacturer|carmaker|bakery|charity|nonprofit|utility|regulator|court|library|"
    "teacher|doctor|radiologist|nurse|lawyer|analyst|developer|engineer|user|customer|"
    "farmer|trader|reporter|journalist|founder|landlord|parent"
)

# "Okay, that's the first one today I'd actually point at a company wiki.", "it's another one I'd skip": an ordinal
# said of the paper under discussion ("that's / it's the ...") and pinned down by a relative clause of the speaker's
# is a ranking of that paper, not a move to the next one (matched at the ordinal; see the uses below)
_RANKED_ORDINAL = (
    r"(?:(?<!that's\sthe\s)(?<!that\u2019s\sthe\s)(?<!it's\sthe\s)(?<!it\u2019s\sthe\s)(?<!that\sis\sthe\s)(?<!it\sis\sthe\s)"
    r"(?<!that's\s)(?<!that\u2019s\s)(?<!it's\s)(?<!it\u2019s\s)"
    r"|(?![a-z]+\s+(?:[a-z-]+\s+)?(?:one|paper)s?\s+(?:(?:today|yet|so\s+far|this\s+(?:week|month|year|episode)|in\s+a\s+while|"
    r"of\s+(?:the|these|this)\s+\w+)\s+)?(?:I|I['\u2019]d|I['\u2019]m|I['\u2019]ve|we|we['\u2019]d|we['\u2019]ve|you|you['\u2019]d|that|where)\s))"
)
TRANSITION_CUES = prefiltered(
    r"\b" + _RANKED_ORDINAL + r"(?:moving on|move on|next up|next one|next paper|up next|first up|first one|first paper|"
    r"last one|last paper|final one|final paper|second one|third one|"
    # "the last" / "our last" on their own ("And the last, X."), not qualifying a noun ("adapting only the last layer")
    r"(?:our|the) last(?!\s+(?!(?:[a-z-]+\s+)?(?:paper|papers|one|ones|preprint|entry|pick|item|contender|submission|of)\b)(?-i:[a-z]))|another one|"
    r"fourth one|fifth one|second paper|third paper|fourth paper|fifth paper|paper number|"
    r"let'?s (?:talk about|turn to|move to|switch to|look at|get to|start|kick off|begin|go back to|jump to|dig into|circle back to)|"
    r"(?:go|come|get|circle|jump|coming|going|getting) back to|switching gears|shifting gears|turning to|"
    r"on to the next|onto the next|next,|next:|then there'?s|and then there'?s|we also have|we've also got|"
    r"now for|now,? (?:the|this)|keep (?:moving|going)(?=\s*(?:[.!,;:\u2013\u2014-]|$))|(?:the|an|our) (?:opening|segue|lead-in) (?:for|to|into))\b",
    re.I,
)

REVISIT_CUES = prefiltered(
    r"\b(?:(?:go|come|get|circle|jump|coming|going|getting|went|ties|tie|tying|bridge|loop|looping) back to|"
    r"back to|revisit\w*|returning to|again|one more (?:thing|note|word) (?:on|about))\b",
    re.I,
)

# Cues that open the closing round on their own ("Verdicts.", "to wrap up", "stepping back"); the
# weaker WRAP_UP_CUES below ("these papers", "overall") need a summary turn naming several papers.
STRONG_WRAP_UP_CUES = prefiltered(
    r"(?:^|[.!?]\s+|\b(?:so|okay|ok|alright|right|now|then)[,]?\s+|\blet'?s\s+do\s+|\bfinal\s+)verdicts?\b(?!\s+(?:on|for)\b)|"
    r"(?<!before )(?<!before the )\b(?:to wrap (?:it |this |things )?up|wrap(?:ping)?[- ](?:it |this |things )?up|to sum (?:it )?up|summing up|in summary|"
    r"to summari[sz]e|stepping back|taking a step back|step back|zooming out|bottom line|final thoughts|"
    r"scorecard|that'?s (?:probably )?(?:it|all|enough) for today|thanks for listening|see you next|until next time)\b"
    # the general shapes of "time to judge": a verb of judging as the plan ("let's land this", "time to sort these
    # into piles", "let's go around the table"), a judging noun as the agenda ("verdict time", "final positions",
    # "bottom lines", "lightning round"), or the question put to every paper ("where does each one land?")
    # ("lets" without its apostrophe only opening a clause: "the same token lets it grade its output" is a verb)
    r"|(?:\blet['\u2019]s|(?:^|[.!?,;:]\s+|\b(?:so|okay|ok|alright|right|now|then|and)\s+)(?i:lets)|\btime\s+to|\bnow\s+to|\bwe\s+should)\s+(?:\w+\s+)?(?:land|sort|rank|score|rate|grade|judge|triage|"
    r"go\s+(?:a)?round|bucket|call|place)\b(?!\s+(?:on|for)\b)"
    r"|\b(?:verdict|verdicts|scorecard|ranking|rankings|judgement|judgment|decision|sorting|lightning)\s+(?:time|round)\b"
    r"|\b(?:final|closing|quick)\s+(?:positions?|calls?|takes?|words?|verdicts?|rankings?|judgements?|scores?|grades?)\b"
    r"|\bbottom\s+lines?\b|\binto\s+(?:piles|buckets|tiers)\b|\b(?:a)?round\s+the\s+table\b"
    # the round announced by its name alone: "Okay, the round.", "Alright, final round:"
    r"|(?:^|[.!?]\s+)(?:(?:so|okay|ok|alright|right|now|then|and)[,]?\s+)*(?:the|our|a|final|closing|last|quick)\s+round\s*(?:[.!?:]|$)"
    r"|\bwhere\s+does\s+(?:each|every|all)\b",
    re.I,
)

WRAP_UP_CUES = prefiltered(
    r"(?<!before )(?<!before the )\b(?:to wrap up|wrap(?:ping)?[- ](?:it |this |things )?up|to sum up|summing up|in summary|to summarize|"
    r"to summarise|stepping back|step back|taking a step back|zooming out|zoom out|big picture|overall|"
    r"all in all|bottom line|final thoughts|takeaways?|common thread|the pattern|across (?:all|these)|"
    r"of all (?:of )?(?:these|this)|all of this|this batch|today'?s papers|these papers|the papers today|"
    r"that'?s (?:probably )?(?:it|all|enough) for today|enough for today|for today|see you next|"
    r"until next time|thanks for listening|pay attention to)\b",
    re.I,
)

# A move to a new topic, in its general shapes: a sequence word with a paper-ish noun ("the third paper",
# "final paper of the day", "here's the third one", "next on the list", "fourth and last"), a verb of
# starting, moving or closing ("kicking things off with", "switching gears", "moving down into", "we close
# with", "which brings us to"), or a speaker taking the floor ("let's do X", "my pick"). The object of the
# move (the first name after it, in the same or the next sentence) is the paper being introduced.
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|next|last|final|other|another|opening|closing|oldest|newest|earliest|latest)"
# a third party as the subject of a verb: what others do, not the speaker's move (not "the one everybody starts
# with is X", where the hosts pick the field's usual start as their own)
_OTHERS_DO = "".join(
    rf"(?<!\b{subject}\s)(?<!\b{subject}\s{adverb}\s)"
    for subject in ("they", "they'd", "they\u2019d", "it", "he", "she", "teams")
    for adverb in ("just", "still", "usually", "typically", "normally", "now", "all", "would")
)
# words a topic phrase never holds: pronouns, question words, verbs of doing or coming, time words, idioms' heads
_NOT_A_TOPIC_WORD = (
    r"(?:i|you|we|they|he|she|it|me|us|him|her|them|this|that|these|those|what|who|which|whose|how|why|when|where|"
    r"there|here|is|are|was|were|be|been|do|does|did|done|come|comes|came|coming|go|goes|went|going|happens?|happened|"
    r"up|after|before|then|week|month|year|time|safety|ladies|things?|read|check|fix|try|run|see|look|ask|test|answer|"
    r"get|tell|show|say|start|finish|use|let|not|no|who['\u2019]s|what['\u2019]s|let['\u2019]s|[a-z]+['\u2019](?:ll|d|re|ve|m))(?![\w'\u2019])"
)
OPENING_CUES = prefiltered(
    # (not the complement of "of": "decodes the ID of the next item" names a thing, it makes no move)
    r"(?<!\bof\s)(?<!\bof\sthe\s)(?<!\bof\sa\s)\b" + _RANKED_ORDINAL + _ORDINAL + r"\s+(?:[a-z-]+\s+)?(?:paper|one|pick|item|entry|contender|preprint|submission)s?\b(?!\s+(?:of\s+(?:them|these|those)|thing|time))"
    r"|\b" + _ORDINAL + r"\s+(?:up|on\s+the\s+(?:list|docket|agenda|pile)|and\s+(?:last|final))\b"
    r"|\b(?:next|up\s+next)(?:\s+(?:up\b|is\b|we\s+have\b|we['\u2019]ve\s+got\b|[a-z]+\s+up\b)|\s*[,:\u2013\u2014]|\s+-)"
    r"|(?:^|[.!?]\s+)(?:(?:so|okay|ok|alright|right|and|now)[,]?\s+)*(?:next\b(?!\s+to\b)|finally\b|lastly\b|first\b)"
    # a step of a procedure told in order ("Two steps. First the LLM reads ...", "next they rank"): no move
    r"(?!\s+(?:the|they|we|you|it|he|she|i|there|each|every)\s)"
    # (said of what others do, it is no move: "They start with MegaDetector and a small classifier", "it ends with a
    # linear probe"; the hosts' own "we start with", "I'll open with", "starting with" are moves)
    r"|" + _OTHERS_DO + r"\b(?:kick|round|lead|start|open|close|finish|end|wrap|get|top|begin|beginning)(?:s|ing|ed)?\s+(?:things\s+|it\s+|us\s+|the\s+(?:show|episode|list)\s+)?"
    r"(?:off|out|up|started)?\s*(?:with\b|[,:\u2013\u2014]|\s-\s)"
    # a verb of starting said without its object, the object opening the next sentence ("Let's start big. X ...")
    r"|\blet['\u2019]?s\s+(?:start|begin|kick\s+(?:it\s+|things\s+)?off|get\s+started)(?:\s+[a-z]+)?(?=\s*[.!:]|\s+[-\u2013\u2014])"
    r"|\bwe\s+(?:close|end|finish|wrap)\s+with\b|\b(?:our|the|today['\u2019]s)\s+closer\b|\blast\s+but\s+not\s+least\b"
    r"|\b(?:switching|shifting|changing|switch|shift|change)\s+(?:gears|tracks|topics?|over|to)\b"
    # a move named as a noun: "change of scenery", "change of pace", "a change of subject"
    r"|\bchange\s+of\s+(?:scenery|pace|topic|subject|direction|gears|venue)\b"
    r"|\bmov(?:e|ing)\s+(?:on|down|up|over|along|across|into)\b|\bturning\s+(?:now\s+)?to\b"
    # "which brings us to", "that takes us to", "which leads nicely into": a verb of leading the talk to the next
    # topic (not the causal "leads to a 5% gain")
    r"|\b(?:which|that|this)\s+(?:(?:brings|takes|gets|leads)\s+us\s+(?:[a-z]+ly\s+)?(?:on)?to|leads\s+(?:[a-z]+ly\s+)?into|brings\s+up)\b"
    # "Let's keep moving. X, ...", "Which is the opening for X": a move said without naming its direction
    r"|\b(?:keep|keeps|kept)\s+(?:moving|going)(?=\s*(?:[.!,;:\u2013\u2014-]|$))|\b(?:the|a|an|our|my)\s+(?:opening|segue|lead-in)\s+(?:for|to|into)\b"
    # "on to X" / "over to X" as a move opens a clause ("Okay, on to X"); "carry over to bigger models" is a verb's
    r"|(?:^|[.!?,;:\u2013\u2014-]\s*|\b(?:and|so|now|okay|ok|alright|right|then)\s+)(?:on|onto|over)\s+to\s+(?!you\b)"
    r"|\b(?:let['\u2019]?s|let\s+me|i['\u2019]ll|we['\u2019]ll|i\s+want\s+to)\s+(?:now\s+|actually\s+|just\s+|properly\s+|finally\s+|quickly\s+|briefly\s+)?(?:do|take|cover|talk\s+about|turn\s+to|look\s+at|"
    r"get\s+to|start\s+with|kick\s+off\s+with|move\s+(?:on\s+)?to|switch\s+to|go\s+to|jump\s+to|dig\s+into|open\s+with|bring(?:\s+(?:up|in|out))?)\b"
    r"|\bmy\s+(?:pick|turn|paper|choice)\b|\bpaper\s+number\s+\w+|\bthere['\u2019]?s\s+(?:also\s+)?this\s+(?:paper|one)\b"
    # "Data science agent next.", "Quantization first.": a short verbless topic phrase with the sequence word after
    # it, the whole sentence, puts that topic on the table; its object opens the next sentence ("AutoKaggle.").
    # Not "You first.", "What comes next?", "Check the numbers first." (a pronoun, a verb or a question)
    r"|(?:^|[.!?]\s+)(?:(?:okay|ok|alright|right|so|and|now|fine|then)[,]?\s+)?"
    r"(?:(?!" + _NOT_A_TOPIC_WORD + r")[A-Za-z][\w'\u2019+.-]*\s+){1,3}(?:next|first)(?=\s*[.!:]?\s*$|\s*[.!:]\s)",
    re.I,
)
