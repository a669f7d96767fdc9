"""Returns khk07–khk12: 非遗工坊 and 传习工作坊 (workshops): flat department lists, multi-year
projects with 中期 and 年度 columns, decorated tier labels and other header words."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout885.common import (
    YEAR,
    book,
    header,
    indicators,
    multi_year,
    note,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout885.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("khk07-workshop-flat", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percent cells, 0起 on an incident count, "
         "weights add to 100 (correct)")  # fmt: skip
def workshop_flat() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="沅溪市非遗传习工作坊管理中心",
        budget=[[wan(245), wan(225), wan(20), wan(95), wan(150)]],
        goal="运行8个传习工作坊，开设传习课程，培养学徒，保障工坊安全开放。",
    )
    s.row("部门整体绩效指标")
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值", "备注")
    s.table([
        ("运行的传习工作坊", 15, "个", "=", 8, None),
        ("开设传习课程", 15, "门", "≥", 24, None),
        ("培养学徒", 15, "人", "≥", 160, None),
        ("学徒结业考核合格率", 15, "%", "≥", pct(0.95), None),
        ("工坊安全事故发生次数", 10, "起", "≤", 0, "安全事故零发生"),
        ("单个工坊年度运行经费", 10, "万元/个", "≤", 18.75, "8个共150万元"),
        ("学徒就业创业比例", 10, "%", "≥", pct(0.6), None),
        ("学徒及家长满意度", 10, "%", "≥", pct(0.9), None),
        ("合计", 100, None, None, None, None),
    ])  # fmt: skip
    signature(s, "岑以宁", "0743-82257116")
    return b


@variant("khk08-workshop-flat-wrong", (3, 11), "department, flat list in another order (指标名称 "
         "· 指标值 · 指标性质 as direction · 计量单位 · 权重): a 反向 rate with ≥, a percent "
         "against a 人 unit, weights adding to 95")  # fmt: skip
def workshop_flat_wrong() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="苍岩县非遗工坊服务站",
        budget=[[wan(132), wan(120), wan(12), wan(52), wan(80)]],
        goal="扶持10个非遗工坊，带动学徒和手艺人就业，提升工坊产品质量。",
    )
    s.row("年度绩效指标")
    header(s, "指标名称", "指标值", "指标性质", "计量单位", "权重", "备注")
    s.table([
        ("扶持非遗工坊", "≥10", "正向", "个", 15, None),
        ("带动手艺人就业", "≥200", "正向", "人", 15, None),
        ("工坊产品抽检合格率", "≥95", "正向", "%", 15, None),
        ("学徒流失率",
         mk("≥8", "T108", "warning", row=True, note="反向 rate with ≥"), "反向", "%", 10, None),
        ("学徒结业率",
         mk("≥90%", "T112", "error", row=True, alt=("T105",), note="% in the value, 人 in the "
            "unit column"), "正向", "人", 15, None),
        ("单个工坊扶持资金", "≤8", "反向", "万元/个", 10, None),
        ("手艺人满意度", "≥90", "正向", "%", 15, None),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="15+15+15+10+15+10+15 = 95, not 100")
    signature(s, "闻溪亭", "0744-83326705")
    return b


@variant("khk09-workshop-three-year", (8,), "three-year workshop project, NAT-2021, 中期 and 年度 "
         "columns: annual counts below period counts, rates equal (correct)")  # fmt: skip
def workshop_three_year() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="枕霞县非遗工坊培育三年行动", dept="枕霞县文化和旅游局 207",
                 unit="枕霞县非遗保护中心", years=3, attr="新增项目",
                 money=multi_year((wan(450), wan(390), wan(60)), (wan(150), wan(130), wan(20))),
                 goals=["三年培育30个非遗工坊，带动600名手艺人就业，形成县域工坊品牌。",
                        "本年度培育10个工坊，带动200名手艺人就业。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "培育非遗工坊", "≥30", "≥10", "个"),
        (None, None, "带动手艺人就业", "≥600", "≥200", "人"),
        (None, "质量指标", "工坊验收合格率", pct(0.9), pct(0.9), "%"),
        (None, "时效指标", "年度工坊验收完成时间", "每年11月30日前", "11月30日前", None),
        ("成本指标", "经济成本指标", "单个工坊培育补助", "≤5", "≤5", "万元/个"),
        ("效益指标", "经济效益指标", "手艺人年人均增收", "≥3000", "≥3000", "元"),
        (None, "社会效益指标", "工坊带动的脱贫户", "≥90", "≥30", "户"),
        ("满意度指标", "服务对象满意度指标", "手艺人满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    signature(s, "岳听澜", "0745-62217207")
    return b


@variant(
    "khk10-showcase-period-copy",
    (8, 6),
    "three-year workshop showcase project, NAT-2021, "
    "中期 and 年度 columns: two cumulative counts copied, a tier-2 left from the template",
)
def showcase_period_copy() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="雾岭市非遗工坊成果展示三年计划", dept="雾岭市文化广电局 509",
                 unit="雾岭市非遗展示中心", years=3, attr="新增项目",
                 money=multi_year((wan(300), wan(270), wan(30)), (wan(100), wan(90), wan(10))),
                 goals=["三年举办工坊成果展18场，推介非遗工坊60家。",
                        "本年度举办成果展6场，推介工坊20家。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    copied = "a cumulative count copied from the 中期 column in a three-year project"
    indicators(s, [
        ("产出指标", "数量指标", "举办工坊成果展", "≥18",
         mk("≥18", "D202", "warning", note=copied), "场"),
        (None, None, "推介非遗工坊", "≥60", mk("≥60", "D202", "warning", note=copied), "家"),
        (None, "质量指标", "展品质量抽检合格率", "≥95%", "≥95%", None),
        (None, "时效指标", "年度展示计划完成时间", "每年12月20日前", "12月20日前", None),
        ("成本指标", "经济成本指标", "单场成果展成本", "≤5", "≤5", "万元/场"),
        ("效益指标", "社会效益指标", "观展群众人次", "≥90000", "≥30000", "人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 with no indicator and no value"), None, None, None, None),
        ("满意度指标", "服务对象满意度指标", "参展工坊满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    signature(s, "覃暮云", "0746-85509120")
    return b


@variant("khk11-workshop-decorated", (7, 5), "project, NAT-2021, two-row header 考核指标 · "
         "绩效目标值 · 评（扣）分标准, labels numbered with points and ★ (correct)")  # fmt: skip
def workshop_decorated() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="鸣皋县传统技艺传习工作坊",
        dept="鸣皋县文化和旅游局 330",
        unit="鸣皋县文化馆",
        money=one_year(wan(64), wan(54), wan(10)),
        goals=["开办竹编、土陶、蓝印花布3个传习工作坊，培养学徒45人，举办成果汇报展。"],
    )
    s.row("绩效指标", merge=[(1, 5)])
    header(s, "一级指标", "二级指标", "考核指标", "绩效目标值", "评（扣）分标准")
    indicators(s, [
        ("一、产出指标（50分）", "（一）数量指标", "★开办传习工作坊", "=3个", "每少1个扣5分"),
        (None, None, "★培养学徒", "≥45人", "按完成比例计分"),
        (None, "（二）质量指标", "学徒结业考核合格率", "≥90%", "每低5%扣2分"),
        (None, "（三）时效指标", "成果汇报展举办时间", "11月30日前", "逾期不得分"),
        ("二、成本指标（10分）", "（一）经济成本指标", "学徒人均培养成本", "≤1万元/人",
         "超出不得分"),
        ("三、效益指标（30分）", "（一）社会效益指标", "传统技艺体验人次", "≥3000人次",
         "按完成比例计分"),
        (None, "（二）可持续影响指标", "学徒留存从业比例", "≥60%", "每低5%扣2分"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "学徒满意度", "≥90%",
         "每低1%扣1分"),
    ])  # fmt: skip
    note(s, "说明：标★的为核心指标，不得删除。", 5)
    signature(s, "卢映川", "0747-66330118")
    return b


@variant("khk12-workshop-wrong-parent", (5, 9), "project, NAT-2021, numbered labels: a tier-2 "
         "under the wrong tier-1, a date stored as a serial in a text cell")  # fmt: skip
def workshop_wrong_parent() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="芦汀县非遗工坊展销会",
        dept="芦汀县文化和旅游局 612",
        unit="芦汀县非遗保护中心",
        money=one_year(wan(42), wan(36), wan(6)),
        goals=["举办非遗工坊展销会，组织40家工坊参展，带动产品销售。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("一、产出指标", "1.数量指标", "参展非遗工坊", "≥40家"),
        (None, "2.质量指标", "参展产品抽检合格率", "≥95%"),
        (None, "3.时效指标", "展销会举办时间",
         mk("46173", "X104", "warning", note="a date serial (2026-05-31) stored as text")),
        (None, mk("4.社会效益指标", "F105", "error", note="社会效益指标 belongs to 效益指标"),
         "展销会观众人次", "≥20000人次"),
        ("二、成本指标", "1.经济成本指标", "单个展位搭建成本", "≤0.6万元/个"),
        ("三、效益指标", "1.经济效益指标", "展销会产品销售额", "≥80万元"),
        ("四、满意度指标", "1.服务对象满意度指标", "参展工坊满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "骆晚汀", "0748-63612207")
    return b
