"""Township hospital (乡镇卫生院) department tables with a weight column: weights adding to 100
(jb17), and a table filled two years early whose weights fall short (jb18)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout44.parts import filled, indicators, signatures
from tests.variants.holdout44.registry import variant
from tests.variants.kit import Book, mk, money, pct

AMT = "#,##0.00"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "权重（100分）", "备注")


@variant("jb17-shimen-weights-ok", (10, 12), "department, NAT-2021, weight column adding to 100")
def jb17() -> Book:
    book = Book()
    s = book.sheet("石门镇卫生院")
    department_head(s, year=2025, dept="岚山县石门镇卫生院",
                    budget=[(money(468.5, AMT), money(402.3, AMT), money(66.2, AMT),
                             money(356.5, AMT), money(112.0, AMT))],
                    tasks=[("基本公共卫生服务", "建档、慢病管理、老年人和儿童健康管理",
                            money(72.0, AMT), "重点人群规范管理率稳步提高"),
                           ("基本药物制度补助", "基本药物零差率销售和村卫生室运行补助",
                            money(40.0, AMT), "基本药物制度全面实施"),
                           ("金额合计", None, money(112.0, AMT), None)],
                    goal="落实基本公共卫生服务和基本药物制度，提升镇域首诊能力。",
                    filled=filled(2024, 11, 19))  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "辖区居民健康档案建档人数", "≥2.2万人", 15, None),
        (None, None, "中医药健康管理服务人数", "≥1800人", 15, None),
        (None, "质量指标", "高血压患者规范管理率", "≥65%", 10, None),
        (None, "时效指标", "疑似传染病报告及时率", pct(1.0), 10, None),
        ("成本指标", "经济成本指标", "村卫生室运行补助标准", "≤1.2万元/个", 10, "共21个村卫生室"),
        ("效益指标", "社会效益指标", "镇域内就诊率", "≥65%", 15, None),
        (None, "可持续影响指标", "家庭医生签约居民续约率", "≥80%", 15, None),
        ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", 10, None),
    ])  # fmt: skip
    signatures(s, filled=filled(2024, 11, 19), who="田雨", checker="向东升", phone="0736-5580126")
    return book


@variant("jb18-hekou-early-weights", (10, 11), "department, NAT-2021, date two years early")
def jb18() -> Book:
    book = Book()
    s = book.sheet("河口镇卫生院")
    department_head(s, year=2025, dept="岚山县河口镇卫生院",
                    budget=[(money(395.8, AMT), money(350.0, AMT), money(45.8, AMT),
                             money(300.8, AMT), money(95.0, AMT))],
                    tasks=[("基本公共卫生服务", "12类基本公共卫生服务项目", money(60.0, AMT),
                            "服务覆盖全镇常住人口"),
                           ("发热诊室改造", "改造发热诊室并配置设备", money(35.0, AMT),
                            "年内投入使用"),
                           ("金额合计", None, money(95.0, AMT), None)],
                    goal="做实基本公共卫生服务，完成发热诊室改造。",
                    filled=mk(filled(2023, 11, 20), "Y101", "error", alt=("Y102", "Y103"),
                              note="a 2025 table filled in November 2023"))  # fmt: skip
    book.file_mark("W101", "error", note="weights add to 95")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥2100人", 15, None),
        (None, None, "发热诊室改造面积", "≥160平方米", 10, None),
        (None, "质量指标", "0-6岁儿童健康管理率", "≥90%", 10, None),
        (None, "时效指标", "发热诊室改造完成时间", "2025年9月30日前", 10, None),
        ("成本指标", "经济成本指标", "发热诊室改造单方造价", "≤1800元/平方米", 10, None),
        ("效益指标", "社会效益指标", "门诊患者投诉率",
         mk("≥5%", "T108", "warning", row=True, note="a 投诉率 is 反向"), 10, None),
        (None, "可持续影响指标", "基本公共卫生服务水平", "逐步提高", 20, None),
        ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", 10, None),
    ])  # fmt: skip
    return book
