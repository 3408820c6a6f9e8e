"""Word pools for the invented people of the import corpus.

Every person, company, school and place here is invented by combining pools, so the
importer that learns from the corpus sees a broad vocabulary and cannot learn names.
"""

from __future__ import annotations

FIRST_NAMES = [
    "Zoë", "Søren", "Ayşe", "Mihály", "Thảo", "Noémie", "Łukasz", "Ignacio", "Chiamaka",
    "Oluwaseun", "Ravindra", "Annika", "Tomás", "Ingrid", "Kenji", "Mei-Ling", "Dmitri",
    "Élodie", "Björn", "Anaïs", "Rafael", "Priyanka", "Jürgen", "Aoife", "Nikhil", "Yusuf",
    "Clémence", "Kwabena", "Lucía", "Matthias", "Siobhán", "Takumi", "Fatima", "Gábor",
    "Hyun-woo", "Marisol", "Teodor", "Nadia", "Ólafur", "Sunita", "Dario", "Ewa", "Joaquín",
    "Leilani", "Anders", "Ngozi", "Viktória", "Caoimhe", "Farhan", "Renée", "Kalani",
    "Bartosz", "Inès", "Wen", "Aleksandra", "Tobias", "Amara", "Jovana", "Hamza", "Greta",
]

LAST_NAMES = [
    "Øvergaard", "Kowalczyk", "Nguyễn", "Szabó", "Delacroix-Morel", "Ferreira da Silva",
    "Okonkwo", "Ramaswamy", "Lindqvist", "Castañeda", "Yamashiro", "Brennan", "Haddad",
    "Petrović", "Müller-Brandt", "Iyer", "Van der Berghe", "Oyelaran", "Kristiansen",
    "Marchetti-Rossi", "Tanaka-Reyes", "Abernathy", "Dąbrowski", "Halvorsen", "Quiñones",
    "Adeyemi", "Bergström", "Chaudhary", "Esposito", "Fontaine", "Grünewald", "Hosseini",
    "Ivanova", "Jaramillo", "Kaczmarek", "Løkke", "Mbeki-Osei", "Nakagawa", "O'Donnell",
    "Papadakis", "Ruiz-Tagle", "Sørensen", "Thorvaldsen", "Uchenna", "Vasquez-Lind",
    "Wójcik", "Xu", "Yilmazer", "Zielińska", "Achterberg", "Baptiste", "Cardoso", "Duval",
]

# place names that exist nowhere; cities below are real places (addresses, not people)
PLACE_WORDS = [
    "Marrowfield", "Castelvento", "Veldhaven", "Ashcombe", "Brisamar", "Korvala", "Lindmoor",
    "Santa Olvera", "Tarrowby", "Eisenau", "Valdoria", "Quenbridge", "Montferal", "Oakhurst",
    "Rivamonte", "Stellbrook", "Nordvik", "Palmaris", "Greywater", "Hollins", "Sundergaard",
    "Almaviva", "Kerrisdale", "Pontelago", "Westmarch", "Caldera Bay", "Fjordholm", "Lumeria",
]

SCHOOL_PATTERNS = [
    "University of {p}", "{p} Institute of Technology", "Technische Universität {p}",
    "Università degli Studi di {p}", "École Polytechnique de {p}", "{p} State University",
    "Instituto Tecnológico de {p}", "National University of {p}", "{p} College",
    "Indian Institute of Science and Technology, {p}", "Universidade Federal de {p}",
    "{p} University of Applied Sciences", "Université de {p}", "Royal Institute of {p}",
]

COMPANY_HEADS = [
    "Quillfeather", "Bramblecote", "Vantor", "Kestrel", "Oriel", "Pellucid", "Tessaract",
    "Lumenfold", "Ravenshaw", "Corvid", "Saffron", "Halvard", "Meridian Arc", "Brightwell",
    "Cobalt Finch", "Driftwood", "Emberline", "Fernhollow", "Glasswing", "Harrowgate",
    "Ironbark", "Juniper Grove", "Kiteway", "Larkspur", "Mistral", "Nimbus Forge", "Obsidian",
    "Parallax", "Quartzline", "Redfern", "Silverpine", "Thistle", "Umbra", "Verdant",
    "Willowmere", "Xylem", "Yarrow", "Zephyrine", "Aldercrest", "Bluestem", "Cinderhall",
]

COMPANY_TAILS = [
    "Analytics", "Robotics", "Labs", "AI", "Systems GmbH", "Health", "Mobility", "Technologies",
    "Intelligence", "Data Co.", "Research", "Logistics", "Bank", "Retail Group", "Games",
    "Energy", "Biosciences", "Insurance", "Media", "Semiconductors", "Software S.A.",
    "Vision Ltd", "Maps", "Security", "Foods", "Telecom", "Aerospace", "Markets",
]

TITLES = {
    "intern": ["Machine Learning Intern", "Research Intern", "Data Science Intern",
               "Software Engineering Intern, ML", "Computer Vision Intern", "AI Research Intern"],
    "junior": ["Machine Learning Engineer", "Data Scientist", "Junior ML Engineer",
               "NLP Engineer", "Computer Vision Engineer", "Applied Scientist I",
               "Research Engineer", "MLOps Engineer", "Data Engineer"],
    "mid": ["Machine Learning Engineer II", "Applied Scientist II", "Senior Data Scientist",
            "Research Scientist", "Deep Learning Engineer", "Perception Engineer",
            "Recommender Systems Engineer", "ML Platform Engineer", "Speech Scientist"],
    "senior": ["Senior Machine Learning Engineer", "Staff ML Engineer", "Lead Data Scientist",
               "Principal Applied Scientist", "Senior Research Scientist",
               "Machine Learning Team Lead", "Head of Machine Learning", "Staff Research Engineer"],
    "academic": ["Graduate Research Assistant", "Doctoral Researcher", "Teaching Assistant",
                 "Postdoctoral Researcher", "Research Assistant"],
}

VERBS = [
    "Built", "Designed", "Led", "Shipped", "Trained", "Deployed", "Reduced", "Improved",
    "Developed", "Scaled", "Automated", "Migrated", "Owned", "Prototyped", "Optimized",
    "Introduced", "Implemented", "Cut", "Launched", "Rewrote", "Mentored", "Co-authored",
]

ARTIFACTS = [
    "a real-time fraud scoring model", "the ranking pipeline for the home feed",
    "a multilingual intent classifier", "an on-device keyword spotter",
    "a retrieval-augmented question answering service", "the feature store",
    "a demand forecasting model for 1,200 stores", "a defect detection model for assembly lines",
    "a churn prediction system", "an anomaly detector for payment streams",
    "a speech recognition front end", "the offline evaluation harness",
    "a document layout parser", "a medical image segmentation model",
    "a pricing elasticity model", "the GPU training cluster scheduler",
    "a semantic search index over 40M documents", "a lidar point-cloud detector",
    "a contrastive pretraining recipe", "the model monitoring dashboards",
    "an A/B testing framework for model launches", "a graph neural network for supply routing",
]

METHODS = [
    "with PyTorch and TorchServe", "using gradient-boosted trees in LightGBM",
    "on Kubernetes with Kubeflow Pipelines", "with JAX on TPU pods", "using ONNX Runtime",
    "with TensorFlow Extended", "on Spark and Delta Lake", "with Ray Tune sweeps",
    "using LoRA fine-tuning", "with quantization-aware training", "on AWS SageMaker",
    "with Airflow and dbt", "using knowledge distillation", "with Triton Inference Server",
]

RESULTS = [
    "cutting p99 latency by {n}%", "lifting recall at 10 by {n}%", "saving ${k}K a year in compute",
    "raising click-through rate by {d} points", "reducing false positives by {n}%",
    "serving {m}M requests a day", "shrinking training time from {h} hours to {h2}",
    "improving F1 from 0.{a} to 0.{b}", "lowering word error rate by {n}% relative",
    "halving the on-call load", "reaching {n}% of the teacher's accuracy at a tenth of its size",
]

TAILS = [
    "in close collaboration with product, data engineering and the infrastructure on-call team",
    "and wrote the design document that the rest of the organisation adopted as its template",
    "while keeping the service within its memory budget on commodity CPUs",
    "and presented the results at two internal engineering reviews",
    "across three regions and four languages without a single rollback",
]

SKILL_GROUPS = {
    "Languages": ["Python", "C++", "Rust", "Go", "Scala", "SQL", "Julia", "Bash", "Java", "R"],
    "ML Frameworks": ["PyTorch", "TensorFlow", "JAX", "scikit-learn", "XGBoost", "LightGBM",
                      "Hugging Face", "Keras", "Flax", "spaCy"],
    "MLOps": ["MLflow", "Kubeflow", "Airflow", "Docker", "Kubernetes", "Weights & Biases",
              "DVC", "Terraform", "Prometheus", "Triton"],
    "Cloud": ["AWS", "GCP", "Azure", "SageMaker", "Vertex AI", "BigQuery", "Databricks"],
    "Data": ["Spark", "Pandas", "Polars", "Kafka", "Snowflake", "PostgreSQL", "Redis", "dbt"],
    "Methods": ["Transformers", "Diffusion Models", "Reinforcement Learning", "Causal Inference",
                "Bayesian Optimization", "Graph Neural Networks", "Time Series Forecasting",
                "Contrastive Learning", "Active Learning", "Federated Learning"],
}

SKILL_GROUP_NAMES = {
    "Languages": ["Languages", "Programming", "Programming Languages", "Coding"],
    "ML Frameworks": ["ML Frameworks", "Frameworks", "Libraries", "Deep Learning"],
    "MLOps": ["MLOps", "Tooling", "Infrastructure", "Tools & Platforms"],
    "Cloud": ["Cloud", "Cloud Platforms", "Platforms"],
    "Data": ["Data", "Data Engineering", "Databases"],
    "Methods": ["Methods", "Research Areas", "Techniques", "Expertise"],
}

PUB_HEADS = [
    "Sparse Mixture Routing", "Calibrated Uncertainty", "Label-Efficient Pretraining",
    "Robust Tokenization", "Causal Feature Attribution", "Streaming Speech Translation",
    "Low-Rank Adaptation", "Hierarchical Retrieval", "Self-Training", "Curriculum Sampling",
    "Equivariant Point Networks", "Temporal Graph Forecasting", "Counterfactual Ranking",
]

PUB_TAILS = [
    "for Long-Document Classification", "in Federated Recommendation", "under Distribution Shift",
    "for Low-Resource Languages", "with Noisy Labels", "for Autonomous Driving Perception",
    "at Web Scale", "for Tabular Data", "in Clinical Imaging", "without Human Annotations",
]

VENUES = [
    "NeurIPS", "ICML", "ICLR", "CVPR", "ECCV", "ACL", "EMNLP", "NAACL", "KDD", "AAAI",
    "Interspeech", "ICASSP", "WSDM", "RecSys", "AISTATS", "arXiv preprint",
]

AREAS = [
    "Computer Science", "Machine Learning", "Electrical Engineering", "Data Science",
    "Statistics", "Applied Mathematics", "Artificial Intelligence", "Computational Linguistics",
    "Robotics", "Information Engineering", "Physics", "Computer Engineering",
]

# (degree as printed, level): levels order the education entries
DEGREES = {
    "bachelor": ["BTech", "BSc", "B.S.", "BEng", "Licence", "Bachelor of Science", "B.E."],
    "master": ["MSc", "MEng", "M.S.", "Dipl.-Ing.", "Laurea Magistrale", "Master of Science",
               "MTech", "Master"],
    "phd": ["PhD", "Ph.D.", "Doctor of Philosophy", "Dr. rer. nat."],
}

CITIES = [
    ("Zürich", "", "CH", "+41 44 {a3} {b2} {c2}"), ("München", "Bavaria", "DE", "+49 89 {a4}{b4}"),
    ("Toronto", "ON", "CA", "+1 (416) 555-{d4}"), ("San Francisco", "CA", "US", "(415) 555-{d4}"),
    ("Austin", "TX", "US", "+1 512-555-{d4}"), ("Bengaluru", "Karnataka", "IN", "+91 98{a3} {b2}{c3}"),
    ("São Paulo", "SP", "BR", "+55 11 9{a4}-{b4}"), ("Paris", "", "FR", "+33 6 {a2} {b2} {c2} {e2}"),
    ("London", "", "GB", "+44 20 7946 0{d3}"), ("Tokyo", "", "JP", "+81 3-{a4}-{b4}"),
    ("Seoul", "", "KR", "+82 10-{a4}-{b4}"), ("Sydney", "NSW", "AU", "+61 4{a2} {b3} {c3}"),
    ("Lagos", "", "NG", "+234 803 {a3} {b4}"), ("Warszawa", "", "PL", "+48 512 {a3} {b3}"),
    ("Stockholm", "", "SE", "+46 70 {a3} {b2} {c2}"), ("Milano", "MI", "IT", "+39 02 {a4} {b4}"),
    ("Madrid", "", "ES", "+34 6{a2} {b3} {c3}"), ("Amsterdam", "", "NL", "+31 6 {a4}{b4}"),
    ("Singapore", "", "SG", "+65 6{a3} {b4}"), ("Montréal", "QC", "CA", "514.555.{d4}"),
    ("Seattle", "WA", "US", "206-555-{d4}"), ("Boston", "MA", "US", "(617) 555 {d4}"),
    ("Dublin", "", "IE", "+353 1 {a3} {b4}"), ("Tel Aviv", "", "IL", "+972 52-{a3}-{b4}"),
    ("Nairobi", "", "KE", "+254 712 {a3} {b3}"), ("Shenzhen", "Guangdong", "CN", "+86 138 {a4} {b4}"),
    ("Ho Chi Minh City", "", "VN", "+84 90 {a3} {b4}"), ("Kraków", "", "PL", "+48 601 {a3} {b3}"),
    ("Helsinki", "", "FI", "+358 40 {a3} {b4}"), ("Lisboa", "", "PT", "+351 91 {a3} {b4}"),
]

HEADINGS = {
    "summary": ["Summary", "Profile", "About Me", "Professional Summary", "Objective", "Overview"],
    "work": ["Experience", "Work History", "Employment History", "Professional Experience",
             "Work Experience", "Industry Experience", "Technical Experience", "Career"],
    "internships": ["Internship Experience", "Internships", "Research Internships"],
    "education": ["Education", "Academic Background", "Education & Training", "Degrees",
                  "Academic Qualifications"],
    "skills": ["Skills", "Technical Skills", "Core Competencies", "Skills & Tools",
               "Technologies", "Areas of Expertise"],
    "publications": ["Publications", "Selected Publications", "Papers", "Research Output"],
    "awards": ["Awards", "Honors & Awards", "Achievements", "Distinctions"],
    "projects": ["Projects", "Selected Projects", "Open Source", "Side Projects"],
}

AWARDS = [
    ("Best Paper Award", "{venue}"), ("Outstanding Reviewer", "{venue}"),
    ("Graduate Fellowship", "{school}"), ("Dean's List", "{school}"),
    ("Kaggle Competition Gold Medal", "Kaggle"), ("Engineering Excellence Award", "{company}"),
    ("Hackathon First Prize", "{company}"), ("Merit Scholarship", "{school}"),
]

PROJECT_NAMES = [
    "tinygrad-lite", "FastTokenize", "GraphSampler", "open-asr-bench", "LeafLens",
    "torch-calibrate", "StreamRank", "BirdCall Classifier", "DocuLayout", "quantkit",
]
