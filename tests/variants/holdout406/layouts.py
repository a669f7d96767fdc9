"""Layouts offices send (items 2, 3, 4, 5, 7): stacked projects, a flat list, notes and a page
break, decorated tier labels, other header words and a table on a second sheet."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout406.common import (
    CULTURE,
    HEAD4,
    department,
    first_sheet,
    indicators,
    notes,
    one_year,
    project,
    signature,
    wan,
)
from tests.variants.holdout406.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct


def _stacked(s: Sheet, n: int, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
             goal: str, rows: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """One project of a stacked sheet: its own head block and indicator table."""
    if n > 1:
        s.skip()
        s.row(f"项目{'一二三'[n - 1]}", merge=[(1, 6)])
    project(s, name, CULTURE, unit, money_rows, (goal,), title=None if n == 1 else "")
    indicators(s, HEAD4, rows)


@variant(
    "wz07-stacked-three",
    (2,),
    "three studio projects stacked in one sheet, OLD-NAT, one "
    "value column, the same satisfaction indicator with different values (correct)",
)
def wz07() -> Book:
    b, s = first_sheet()
    unit = "丹埴县泥湾镇紫砂文化服务站"
    _stacked(s, 1, "泥湾镇紫砂名家工作室传承补助", unit, one_year(30, 25, 5),
             "支持名家工作室带徒12人，整理传统壶型图谱。", [
        ("产出指标", "数量指标", "名家工作室带徒", "≥12人"),
        (None, "质量指标", "传统壶型图谱整理准确率", "≥98%"),
        (None, "时效指标", "带徒补助发放时间", "2025年7月31日前"),
        (None, "成本指标", "名家带徒补助标准", "≤1.5万元/人"),
        ("效益指标", "社会效益指标", "整理传统壶型", "≥80款"),
        ("满意度指标", "服务对象满意度指标", "工作室满意度", "≥90%"),
    ])  # fmt: skip
    _stacked(s, 2, "泥湾镇青年紫砂工作室创业扶持", unit, one_year(45, 40, 5),
             "扶持青年紫砂工作室15家创业，开展经营培训。", [
        ("产出指标", "数量指标", "扶持青年紫砂工作室", "≥15家"),
        (None, "质量指标", "扶持工作室年检合格率", "≥95%"),
        (None, "时效指标", "扶持资金拨付时间", "2025年9月30日前"),
        (None, "成本指标", "单家工作室创业补贴", "≤2万元/家"),
        ("效益指标", "经济效益指标", "扶持工作室年销售额", "≥150万元"),
        ("满意度指标", "服务对象满意度指标", "工作室满意度", "≥85%"),
    ])  # fmt: skip
    _stacked(s, 3, "泥湾镇紫砂工作室品牌展销", unit, one_year(25, 20, 5),
             "组织30家紫砂工作室参加展销会，提升泥湾紫砂品牌知名度。", [
        ("产出指标", "数量指标", "组织参展紫砂工作室", "≥30家"),
        (None, "质量指标", "参展作品质量抽检合格率", "100%"),
        (None, "时效指标", "展销会举办时间", "2025年10月31日前"),
        (None, "成本指标", "单家工作室展位补助", "≤0.5万元/家"),
        ("效益指标", "经济效益指标", "展销会现场成交额", "≥200万元"),
        ("满意度指标", "服务对象满意度指标", "工作室满意度", "≥95%"),
    ])  # fmt: skip
    return b


@variant(
    "wz08-stacked-defects",
    (2,),
    "two pottery projects stacked, OLD-NAT, one value column: "
    "the second one's total wrong, a rate given as a count, = on a satisfaction",
)
def wz08() -> Book:
    b, s = first_sheet()
    unit = "丹埴县窑前镇文化站"
    _stacked(s, 1, "窑前镇陶艺公共工坊运营", unit, one_year(36, 30, 6),
             "运营陶艺公共工坊1处，开放体验课程100期。", [
        ("产出指标", "数量指标", "陶艺体验课程", "≥100期"),
        (None, "质量指标", "课程安全检查合格率", "100%"),
        (None, "时效指标", "工坊全年开放天数", "≥300天"),
        (None, "成本指标", "单期体验课程成本", "≤0.3万元/期"),
        ("效益指标", "社会效益指标", "体验课程参与人次", "≥2500人次"),
        ("满意度指标", "服务对象满意度指标", "体验者满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(wan(50), "B101", "error", note="40 + 15 = 55，不是 50")
    _stacked(s, 2, "窑前镇陶艺进校园", unit, one_year(total, 40, 15),
             "在12所中小学开设陶艺课程，每校一期。", [
        ("产出指标", "数量指标", "开设陶艺课程的学校", "≥12所"),
        (None, None, "陶艺课程开课完成率",
         mk("12期", "T105", "error", note="完成率写成 12 期")),
        (None, "时效指标", "课程结课时间", "2025年12月20日前"),
        (None, "成本指标", "每校课程成本", "≤3万元/所"),
        ("效益指标", "社会效益指标", "参与学生人次", "≥3000人次"),
        ("满意度指标", "服务对象满意度指标", "学生满意度",
         mk("=95%", "T107", "warning", note="满意度写成恰好等于 95%")),
    ])  # fmt: skip
    return b


@variant(
    "wz09-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
    "as operator in words · 指标值), percent cells and bare numbers, weights 100 (correct)",
)
def wz09() -> Book:
    b, s = first_sheet(widths=(30, 10, 12, 14, 14, 14))
    department(s, "丹埴县紫砂文化保护中心", [(wan(420), wan(380), wan(40), wan(150), wan(270))],
               "保护紫砂非遗技艺，规范紫砂工作室经营，维护泥湾紫砂品牌。")  # fmt: skip
    rows = [
        ("紫砂非遗传承人建档", 10, "人", "大于等于", 60),
        ("紫砂工作室登记备案", 10, "家", "大于等于", 300),
        ("紫砂泥料抽检合格率", 15, "%", "大于等于", pct(0.95)),
        ("传承人补助发放及时率", 10, "%", "等于", pct(1)),
        ("紫砂壶质量投诉率", 10, "%", "小于等于", pct(0.02)),
        ("假冒紫砂产品投诉下降率", 10, "%", "大于等于", 15),
        ("紫砂产业产值增长率", 10, "%", "大于等于", 8),
        ("紫砂非遗展示活动", 10, "场", "大于等于", 12),
        ("紫砂工作室从业人员培训", 5, "人次", "大于等于", 900),
        ("传承人满意度", 10, "%", "大于等于", pct(0.9)),
    ]
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    return b


@variant(
    "wz10-notes-page-break",
    (4,),
    "department, NAT-2021, weight column: an instruction row, "
    "subtotal rows, the header repeated after a page break, notes and signature (correct)",
)
def wz10() -> Book:
    b, s = first_sheet()
    tasks = [("陶艺工作室孵化", "孵化陶艺工作室20家", wan(80), "孵化期满存活率≥80%"),
             ("柴窑公共烧成服务", "运营公共柴窑2座", wan(60), "全年烧成≥40窑次"),
             ("陶艺文化节", "举办第五届窑前陶艺文化节", wan(30), "参观≥3万人次"),
             ("金额合计", None, wan(170), None)]  # fmt: skip
    department(s, "丹埴县窑前镇陶艺产业服务中心",
               [(wan(260), wan(230), wan(30), wan(90), wan(170))],
               "孵化陶艺工作室，办好陶艺文化节，做强窑前陶艺产业。", tasks)  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.row(*head)
    notes(s, "填表说明：指标值含比较符和计量单位，权重合计100分。", width=5)
    s.table(
        [
            ("产出指标", "数量指标", "孵化陶艺工作室", "≥20家", 10),
            (None, None, "公共柴窑烧成窑次", "≥40窑次", 10),
            (None, "质量指标", "柴窑烧成合格率", "≥90%", 10),
            (None, "时效指标", "文化节举办时间", "2025年10月31日前", 10),
        ],
        merged=(1, 2),
    )
    s.row("产出指标小计", None, None, None, 40, merge=[(1, 4)])
    s.skip()
    s.row(*head)
    s.table([("成本指标", "经济成本指标", "单窑次公共烧成成本", "≤1.2万元/窑次", 15)],
            merged=(1, 2))  # fmt: skip
    s.row("成本指标小计", None, None, None, 15, merge=[(1, 4)])
    s.table(
        [
            ("效益指标", "经济效益指标", "孵化工作室年销售额", "≥400万元", 10),
            (None, "社会效益指标", "文化节参观人次", "≥3万人次", 15),
            (None, "可持续影响指标", "公共柴窑运营管理制度", "健全", 10),
        ],
        merged=(1, 2),
    )
    s.row("效益指标小计", None, None, None, 35, merge=[(1, 4)])
    s.table([("满意度指标", "服务对象满意度指标", "入驻工作室满意度", "≥90%", 10)],
            merged=(1, 2))  # fmt: skip
    s.row("满意度指标小计", None, None, None, 10, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, "注：1.成本指标按公共柴窑2座测算；2.满意度由第三方问卷调查取得。", width=5)
    signature(s, "柯砚秋", "祁望舒", "8627 5193", (2024, 11, 18))
    return b


@variant(
    "wz11-labels-and-headers",
    (5, 7),
    "project, NAT-2021, tier labels numbered with points, "
    "★ and * marks, abbreviations; headers 指标内容 and 绩效标准 (correct)",
)
def wz11() -> Book:
    b, s = first_sheet()
    project(
        s,
        "泥湾镇紫砂工艺大师工作室数字化展陈",
        CULTURE,
        "丹埴县紫砂博物馆",
        one_year(90, 80, 10),
        ("为紫砂工艺大师作品数字化建档300件，建成线上展厅1个。",),
    )
    rows = [
        ("一、产出指标（40分）", "（一）数量指标", "数字化建档紫砂作品", "≥300件", "计划标准"),
        (None, None, "建成线上展厅", "1个", None),
        (None, "（二）质量指标", "数字档案信息准确率", "≥98%", "行业标准"),
        (None, "（三）时效指标", "线上展厅上线时间", "2025年9月30日前", None),
        ("二、成本指标（20分）", "★经济成本指标", "单件作品数字化建档成本", "≤800元/件", None),
        (None, "*生态环境成本指标", "布展废弃物产生量", "≤0.5吨", None),
        ("三、效益（30分）", "1.社会效益", "线上展厅年访问量", "≥5万人次", None),
        (None, "2.可持续影响", "数字档案保存年限", "≥10年", "历史标准"),
        ("四、满意度（10分）", "服务对象满意度", "入驻大师工作室满意度", "≥90%", None),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "备注"), rows)
    return b


@variant(
    "wz12-second-sheet-wrong-parent",
    (5, 7),
    "project: head on the first sheet, the table "
    "on a second sheet under 预期实现值; a tier-2 under the wrong tier-1, a date as 100%",
)
def wz12() -> Book:
    b, s = first_sheet("项目信息")
    project(
        s,
        "窑前镇陶艺工作室公共展厅改造",
        CULTURE,
        "丹埴县窑前镇文化站",
        one_year(70, 60, 10),
        ("改造公共展厅800平方米，集中展示35家陶艺工作室作品。",),
    )
    t = b.sheet("绩效指标")
    t.title("绩效指标", 4)
    rows = [
        ("产出指标", "数量指标", "改造展厅面积", "≥800平方米"),
        (None, None, "入驻展示陶艺工作室", "≥35家"),
        (None, "时效指标", "展厅改造完工时间",
         mk(pct(1), "T113", "warning", note="完工时间写成 100%")),
        ("成本指标", "经济成本指标", "展厅改造单价", "≤600元/平方米"),
        ("效益指标", "社会效益指标", "展厅年接待参观人次", "≥20000人次"),
        (None, mk("质量指标", "F105", "error", note="质量指标属于产出指标"),
         "展品抽检合格率", "≥95%"),
        (None, "可持续影响指标", "展厅开放运营年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥90%"),
    ]  # fmt: skip
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), rows)
    return b
