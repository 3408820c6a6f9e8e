"""Realistic bullets per archetype, shared by the bullet and resume tests."""

from __future__ import annotations

STRONG = {
    "research": [
        "Proposed a sparse mixture-of-experts routing method that improves perplexity by 0.8 on C4 at "
        "equal compute; accepted at ICLR 2025 (oral)",
        "Co-first author of an EMNLP 2023 paper on retrieval-augmented language models (95 citations)",
        "First author of a CVPR 2024 paper on self-supervised depth estimation; state of the art on KITTI",
        "Introduced a calibration method for gradient-boosted trees, published at AISTATS 2018 with 140+ citations",
        "Published 3 first-author papers at NeurIPS and ICML on offline reinforcement learning",
        "Ran ablations over 40 model variants showing scaling laws for retrieval transformers; paper at ICML 2024",
    ],
    "infra": [
        "Wrote custom Triton kernels for fused layernorm + GELU, raising training throughput 18% on 512 H100s",
        "Cut checkpoint save time from 11 min to 40 s with async sharded checkpointing for 175B-parameter runs",
        "Diagnosed NCCL all-reduce hangs on InfiniBand across 128 nodes; reduced failed runs from 9% to 0.5%",
        "Moved ranking training from a single GPU to PyTorch DDP on 32 V100s; cut the daily retrain from 14 h to 2.5 h",
        "Owned the vLLM serving stack on 48 A100 GPUs; reduced p99 latency from 1.9 s to 640 ms with continuous batching",
        "Built a Kubernetes autoscaler for GPU inference pods, cutting idle GPU-hours 35% against last quarter ($2.1M/yr)",
        "Quantized a 13B model to INT8 with TensorRT-LLM, raising throughput from 900 to 2,600 tokens/s per GPU",
    ],
    "applied": [
        "Led end-to-end development of a search ranking model with LightGBM; +6% NDCG@10 offline and +1.8% "
        "conversion online",
        "Shipped a two-tower candidate retrieval model for 45M monthly users; lifted add-to-cart rate 2.4% in "
        "an A/B test (n=9M sessions over 4 weeks)",
        "Shipped an ETA prediction model for dispatch in 40 cities, cutting mean absolute error from 4.1 to 2.9 minutes",
        "Deployed a document classification service on SageMaker processing 3M documents per day",
        "Launched a churn model in production for 2M subscribers; retention up from 81% to 84% in a 6-week A/B test",
        "Trained gradient-boosted fraud models (XGBoost) on 1.8B card transactions, saving an estimated $4.3M a year",
        "Designed drift monitoring with automatic rollback across 22 production models; caught 6 silent "
        "regressions within 24 hours",
    ],
}

WEAK = [
    ("Developed machine learning models", {"vague", "no-metric"}),
    ("Improved model performance significantly", {"vague", "no-metric"}),
    ("Responsible for the training infrastructure", {"weak-verb", "no-metric"}),
    ("Helped the research team with experiments", {"weak-verb", "no-metric"}),
    ("Worked on GPU stuff for the platform", {"weak-verb", "no-metric"}),
    ("Involved in LLM projects across the company", {"weak-verb", "llm-unspecific", "no-metric"}),
    ("Expert in PyTorch, TensorFlow, JAX, Keras, scikit-learn, XGBoost and Spark", {"buzzword-stack"}),
    ("Kaggle Master with many medals", {"kaggle-no-context"}),
    ("Completed Andrew Ng's Machine Learning course on Coursera", {"tutorial"}),
]
