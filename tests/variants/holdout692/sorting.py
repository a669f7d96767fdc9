"""A village waste-sorting programme sending the perishable share to the larvae: hz13-hz18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout692.common import (
    COUNTY,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    stamp,
    start,
    wan,
)
from tests.variants.holdout692.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("hz13-sorting-department", (12, 4),
         "department, NAT-2021: budget and tasks adding up, a goal total with its "
         "parts in brackets, a unit price × count within its task, 0起 on an "
         "incident count (correct)")  # fmt: skip
def hz13() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="苇塘镇人民政府",
                    budget=[(wan(260), wan(230), wan(30), wan(150), wan(110))],
                    tasks=[("村庄垃圾分类督导", "每村配备分类督导员，入户指导", wan(48),
                            "督导员不少于36名"),
                           ("分类收集设施配置", "每村按户数配置四分类收集亭", wan(62),
                            "分类亭不少于72座"),
                           ("金额合计", None, wan(110), None)],
                    goal="全镇18个行政村（其中平原村11个、山区村7个）全部推行垃圾四分类，配置"
                         "分类亭72座，易腐垃圾送镇黑水虻处理站转化。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "推行四分类的行政村", "≥18个"),
        (None, None, "分类收集亭配置数", "≥72座"),
        (None, None, "分类督导员配备数", "≥36名"),
        (None, "质量指标", "农户分类准确率", pct(0.8)),
        (None, "时效指标", "分类收集亭安装完成时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "分类收集亭单价", "≤8500元/座"),
        ("效益指标", "生态效益指标", "易腐垃圾资源化利用率", "≥70%"),
        (None, "社会效益指标", "露天焚烧垃圾事件", "=0起"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦嘉禾", "0739-6731284")
    stamp(s, "苇塘镇人民政府")
    return b


@variant("hz14-sorting-weights-dupe", (12,),
         "department, NAT-2021, weight column: tasks off their 金额合计, a goal's "
         "count against its indicator, one indicator under two tier-2s with a word "
         "less")  # fmt: skip
def hz14() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="石埭乡人民政府",
                    budget=[(wan(180), wan(160), wan(20), wan(120), wan(60))],
                    tasks=[("分类督导员聘用", "11个行政村聘用分类督导员", wan(26),
                            "督导员不少于36名"),
                           ("分类收运设施", "购置分类收运车和收集桶", wan(30), "收运车4辆"),
                           ("金额合计", None,
                            mk(wan(60), "B102", "error", note="26 + 30 = 56，不是60"), None)],
                    goal="11个行政村配备分类督导员36名，购置分类收运车4辆，农户分类知晓率"
                         "达到90%以上。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "权重"), [
        ("产出指标", "数量指标", "分类督导员配备数",
         mk("≥30名", "D104", "warning", row=True, note="年度总体目标写36名"), 15),
        (None, None, "分类收运车购置数", "=4辆", 10),
        (None, "质量指标", "农户垃圾分类知晓率", "≥90%", 10),
        (None, "时效指标", "收运车到位时间", "2025年5月31日前", 10),
        ("成本指标", "经济成本指标", "收运车单价", "≤6万元/辆", 10),
        ("效益指标", "社会效益指标", "农户分类知晓率",
         mk("≥90%", "D103", "warning", row=True, alt=("D101",),
            note="与质量指标下的“农户垃圾分类知晓率”是同一指标"), 15),
        (None, "生态效益指标", "进入填埋场垃圾减量率", "≥20%", 15),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", 15),
    ])  # fmt: skip
    sign(s, "岑望舒", "0739-6845019")
    return b


@variant("hz15-sorting-notes", (4, 7),
         "project, OLD-NAT, one value column and points: a 注 row inside the "
         "table, header repeated after a page break, subtotal rows, 填表说明, seal "
         "and date (correct)")  # fmt: skip
def hz15() -> Book:
    b, s = start()
    project_head(s, year=2025, name="栎坪等6村可回收物积分兑换站建设",
                 dept="苇塘镇人民政府（412）", unit="苇塘镇综合行政执法队",
                 attr="一次性项目", money=one_year(36, 30, 6),
                 goals=["在栎坪、荻塘、枫口、下湾、茶垄、石门6村各建1座积分兑换站，回收可回收物"
                        "300吨。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("产出指标", "数量指标", "积分兑换站建成数", "=6座", 15),
        (None, None, "可回收物回收量", "≥300吨", 15),
        (None, "质量指标", "兑换站验收合格率", "=100%", 10),
        (None, "时效指标", "兑换站建成时间", "2025年9月30日前", 5),
        (None, "成本指标", "单座兑换站建设成本", "≤6万元/座", 5),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    note(s, "注：兑换站按每村1座建设，建设成本含房屋改造和称重设备。", 5)
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "参与积分兑换农户", "≥1500户", 15),
        (None, "生态效益指标", "可回收物进入填埋场比例下降", "≥5百分点", 15),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 90, merge=[(1, 4)])
    note(s, "说明：预算执行率10分另行评价，本表指标合计90分。", 5)
    note(s, "填表说明：1.指标值须含比较符和计量单位；2.一级、二级指标按模板填写。", 5)
    sign(s, "谭映秋", "0739-6419830", day(2024, 12, 2))
    stamp(s, "苇塘镇人民政府")
    return b


@variant("hz16-sorting-direction", (11, 1),
         "project, OLD-NAT, operators in words in their own column, unit column, "
         "typed percent cells: a 反向 rate with 大于等于, a 正向 count with "
         "小于等于, plan dates of last year")  # fmt: skip
def hz16() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="荻塘片区农村生活垃圾分类收运",
        dept=f"{COUNTY}城市管理局（318）",
        unit="荻塘片区环卫站",
        money=one_year(96, 86, 10),
        start=mk(
            day(2024, 1, 1),
            "Y101",
            "error",
            row=True,
            alt=("Y102",),
            note="2025年度的表，计划起止日期却是2024年全年",
        ),
        end=day(2024, 12, 31),
        goals=["荻塘片区9个行政村实行分类收运，易腐垃圾日收日运至黑水虻处理站。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "分类收运覆盖行政村", "大于等于", 9, "个"),
        (None, None, "分类收运车辆配置",
         mk("小于等于", "T108", "warning", row=True, note="车辆配置数是正向指标"), 4, "辆"),
        (None, "质量指标", "易腐垃圾混投率",
         mk("大于等于", "T108", "warning", row=True, note="混投率是反向指标"), pct(0.15), "%"),
        (None, None, "分类收运规范率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "易腐垃圾日收日运率", "大于等于", pct(0.98), "%"),
        (None, "成本指标", "村均年收运费用", "小于等于", 10, "万元/村"),
        ("效益指标", "生态效益指标", "易腐垃圾进站转化量", "大于等于", 1100, "吨"),
        ("满意度指标", "服务对象满意度指标", "片区村民满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "石砚秋", "0739-6504473")
    return b


@variant("hz17-sorting-two-columns", (5, 8, 1),
         "two-year project, OLD-NAT, abbreviated tier labels (产出, 数量, 成本) "
         "and ★ core indicators, 实施期目标值 and 目标值（年度） columns, typed "
         "percents (correct)")  # fmt: skip
def hz17() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name="全域农村生活垃圾分类提升行动",
                 dept=f"{COUNTY}农业农村局（207）", unit=f"{COUNTY}人居环境整治中心",
                 attr="新增项目", money=multi_year((400, 360, 40), (210, 190, 20)),
                 goals=["两年内24个行政村全面推行垃圾分类，配置分类收运车8辆，进入填埋场的"
                        "垃圾减少30%。",
                        "2025年先行推行12个行政村，配置分类收运车4辆，垃圾减量15%。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期目标值", "目标值（年度）"), [
        ("产出", "数量", "★分类覆盖行政村数", "≥24个", "≥12个"),
        (None, None, "分类收运车配置数", "≥8辆", "≥4辆"),
        (None, "质量", "★农户分类准确率", pct(0.85), pct(0.8)),
        (None, "时效", "分类垃圾收运及时率", "≥95%", "≥95%"),
        (None, "成本", "村均分类运行费用", "≤15万元/村", "≤16万元/村"),
        ("效益", "生态效益", "★进入填埋场垃圾减量率", "≥30%", "≥15%"),
        (None, "可持续影响", "分类要求写入村规民约的村", "≥24个", "≥12个"),
        ("满意度", "服务对象满意度", "村民满意度", "≥90%", "≥88%"),
    ])  # fmt: skip
    note(s, "注：标★的为核心指标，不得删除。", 5)
    sign(s, "覃若溪", "0739-6308821")
    return b


@variant("hz18-sorting-template-rows", (6, 13, 8),
         "three-year project, NAT-2021, 中期 and 年度 columns: a tier-2 row left "
         "from the template, a value without a name, a cumulative count copied "
         "into 年度")  # fmt: skip
def hz18() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="易腐垃圾就地分类积分激励",
                 dept="石埭乡人民政府（415）", unit="石埭乡社会事务办",
                 attr="新增项目", money=multi_year((150, 135, 15), (50, 45, 5)),
                 goals=["三年内3600户农户参加分类积分，易腐垃圾全部送黑水虻站转化。",
                        "2025年1200户农户参加分类积分，积分兑换及时兑付。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）"), [
        ("产出指标", "数量指标", "参加分类积分农户",
         "≥3600户", mk("≥3600户", "D202", "warning", alt=("D104",),
                      note="累计户数照抄中期值，年度目标写1200户")),
        (None, None, "易腐垃圾送站量", "≥2700吨", "≥900吨"),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值却没有三级指标名称"),
         "≥95%", "≥95%"),
        (None, "时效指标", "积分兑付及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "户均年积分兑换费用", "≤120元/户", "≤120元/户"),
        ("效益指标", mk("经济效益指标", "F109", "warning", row=True,
                       note="模板留下的二级指标，没有三级指标和指标值"), None, None, None),
        (None, "生态效益指标", "易腐垃圾资源化利用率", "≥90%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "岑望舒", "0739-6845019")
    return b
