"""Rattan-weaving (藤编) returns: flat lists, header words, template rows, decorated tier labels
and conversion artefacts."""

from __future__ import annotations

from tests.variants.holdout477.common import (
    book,
    department,
    indicators,
    notes,
    one_year,
    project,
    signature,
    wan,
)
from tests.variants.holdout477.registry import variant
from tests.variants.kit import Book, mk, ok, pct

DEPT = "岑湾县非物质文化遗产保护中心"


@variant("zs07-cooperative-flat", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells, a 下降率 with ≥, 0起 on an incident "
         "count, weights add to 100 (correct)")  # fmt: skip
def cooperative_flat() -> Book:
    b, s = book()
    department(s, DEPT, (wan(230), wan(200), wan(30), wan(150), wan(80)),
               "扶持藤编合作社3家，培训藤编学员200人，推出新样式24款。")  # fmt: skip
    indicators(s, [
        ("藤编技艺培训学员人数", 15, "人", "≥", 200),
        ("藤编产品设计新样式", 10, "款", "≥", 24),
        ("白藤原料损耗下降率", 10, "%", "≥", 5),
        ("培训结业考核合格率", 15, "%", "≥", pct(0.9)),
        ("合作社社员户均增收", 15, "元", "≥", 3000),
        ("生产安全事故", 10, "起", "=", 0),
        ("学员培训补贴标准", 10, "元/人", "≤", 1500),
        ("培训学员满意度", 15, "%", "≥", pct(0.92)),
        ("合计", 100, None, None, None),
    ], head=("指标名称", "权重", "计量单位", "指标性质", "指标值"), merged=())  # fmt: skip
    notes(s, "说明：损耗下降率按比上年下降幅度计。", width=5)
    return b


@variant("zs08-cooperative-flat-wrong", (3, 11), "department, flat list (指标名称 · 指标值 · "
         "指标性质 as direction · 计量单位 · 权重): a money value against a 人 unit, a 反向 rate "
         "with ≥, weights adding to 95")  # fmt: skip
def cooperative_flat_wrong() -> Book:
    b, s = book()
    department(s, "岑湾县藤编产业服务站", (wan(120), wan(100), wan(20), wan(70), wan(50)),
               "建设藤编展销点2个，带动农户120户从事藤编生产。")  # fmt: skip
    indicators(s, [
        ("藤编展销点建设数量", "≥2个", "正向", "个", 15),
        ("带动从事藤编生产农户", "≥120户", "正向", "户", 20),
        ("农户藤编生产补贴",
         ok(mk("12万元", "T112", "error", note="万元 in the value, 人 in the unit column")),
         "反向", "人", 15),
        ("藤编成品返工率",
         mk("≥3%", "T108", "warning", row=True, note="反向 rate with ≥"), "反向", "%", 15),
        ("展销点年销售额", "≥60万元", "正向", "万元", 15),
        ("农户满意度", "≥90%", "正向", "%", 15),
    ], head=("指标名称", "指标值", "指标性质", "计量单位", "权重"), merged=())  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    return b


@variant("zs09-hamper-two-row-header", (7,), "project, OLD-NAT, two-row header with 指标内容, "
         "绩效标准 and a unit column, bare numbers with operators (correct)")  # fmt: skip
def hamper_two_row_header() -> Book:
    b, s = book()
    project(s, "岑湾县藤编提篮技艺传习所运营", "岑湾县藤编传习所",
            one_year(wan(28), wan(24), wan(4)),
            "开设藤编传习班8期，培训学员160人次，收集整理传统编法30种。")  # fmt: skip
    s.row("绩效指标", None, None, "绩效标准", "计量单位", merge=[(1, 3)])
    indicators(s, [
        ("产出指标", "数量指标", "开设藤编传习班", "≥8", "期"),
        (None, None, "培训学员", "≥160", "人次"),
        (None, None, "收集整理传统编法", "≥30", "种"),
        (None, "质量指标", "学员结业考核通过率", "≥85", "%"),
        (None, "时效指标", "传习班结业时间", "12月10日前", None),
        (None, "成本指标", "每期传习班成本", "≤2.5", "万元/期"),
        ("效益指标", "社会效益指标", "学员中新增藤编从业人数", "≥20", "人"),
        (None, "可持续影响指标", "编法图谱存档完整率", "100", "%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90", "%"),
    ], head=("一级指标", "二级指标", "指标内容", "绩效标准", "计量单位"))  # fmt: skip
    return b


@variant("zs10-chair-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 left "
         "from the template without indicators, a value without a name")  # fmt: skip
def chair_template_rows() -> Book:
    b, s = book()
    project(s, "黛石镇藤椅编织技艺生产性保护", "黛石镇藤编协会",
            one_year(wan(40), wan(35), wan(5)),
            "扶持藤椅编织工坊4家，开发藤椅新品10款。")  # fmt: skip
    empty = mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty")
    indicators(s, [
        ("产出指标", "数量指标", "扶持藤椅编织工坊", "≥4家"),
        (None, None, "开发藤椅新品", "≥10款"),
        (None, "质量指标", "新品抽检合格率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="a value but no name"), "≥90%"),
        (None, empty, None, None),
        ("成本指标", "经济成本指标", "单家工坊扶持资金", "≤8万元/家"),
        ("效益指标", "经济效益指标", "工坊藤椅年销售额", "≥150万元"),
        ("满意度指标", "服务对象满意度指标", "工坊匠人满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "预期目标"))  # fmt: skip
    return b


@variant("zs11-basket-decorated-labels", (5,), "project, OLD-NAT, tier labels with marks (*, ★), "
         "numbering and abbreviations, 成本 under 产出 (correct)")  # fmt: skip
def basket_decorated_labels() -> Book:
    b, s = book()
    project(s, "雁陂村藤编背篓非遗工坊扶持", "雁陂村村民委员会",
            one_year(wan(22), wan(18), wan(4)),
            "扶持背篓工坊1个，带动村民30人居家编织，年产背篓1500只。")  # fmt: skip
    indicators(s, [
        ("*产出指标", "★数量指标", "带动村民居家编织", "≥30人"),
        (None, None, "年产藤编背篓", "≥1500只"),
        (None, "（二）质量", "背篓成品出厂合格率", "≥95%"),
        (None, "3.时效", "工坊挂牌运营时间", "6月30日前"),
        (None, "成本", "背篓编织计件补贴", "≤40元/只"),
        ("*效益指标", "社会效益", "参与编织脱贫户人数", "≥10人"),
        (None, "★可持续影响指标", "工坊稳定运营年限", "≥3年"),
        ("*满意度指标", "服务对象满意度", "编织村民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：标★的指标为必填核心指标，不得删除。")
    signature(s, "黎春桃", "0771-3551906")
    return b


@variant("zs12-mat-artefacts", (9,), "project, OLD-NAT, one value column, detail lines below the "
         "table: a split number, an amount pasted twice, a start date as a serial in "
         "text")  # fmt: skip
def mat_artefacts() -> Book:
    b, s = book()
    start = mk("45748", "X104", "warning", note="2025-04-01 as a serial in a text cell")
    project(s, "榴冈村藤席编织技艺振兴", "榴冈村藤编专业合作社",
            one_year(wan(60), wan(50), wan(10)),
            "收购白藤原料，添置编织工具，组织匠人带徒，举办藤席展销。",
            start=start)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "匠人带徒人数", "≥25人"),
        (None, "质量指标", "藤席成品合格率", "≥95%"),
        (None, "时效指标", "展销活动举办时间", "11月30日前"),
        (None, "成本指标", "带徒补贴标准", "≤0.5万元/人"),
        ("效益指标", "经济效益指标", "藤席年销售额", "≥80万元"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("序号", "支出明细", None, "金额（万元）", merge=[(2, 3)])
    s.row(1, "白藤原料收购", None,
          mk("18.7 5", "X105", "warning", alt=("X103",), note="18.75 split"),
          merge=[(2, 3)])  # fmt: skip
    s.row(2, "编织工具及晾晒棚", None,
          mk("12万12万", "X106", "error", alt=("B108",), note="12 pasted twice"),
          merge=[(2, 3)])  # fmt: skip
    s.row(3, "匠人带徒补贴", None, 12.5, merge=[(2, 3)])
    s.row(4, "藤席展销推广", None, 16.75, merge=[(2, 3)])
    s.row("合计", None, None, 60, merge=[(2, 3)])
    return b
