"""Returns tn01–tn06: waste farm film recovery, thickened film and fully biodegradable film
pilots (废旧农膜回收, 加厚高强度地膜推广, 全生物降解地膜试点)."""

from __future__ import annotations

from tests.variants.holdout316.common import (
    CITY_DEPT,
    HEAD4,
    YEAR,
    book,
    funds,
    indicators,
    project,
    signature,
    wan,
)
from tests.variants.holdout316.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("tn01-film-percent", (1, 5),
         "project, OLD-NAT, numbered tier labels, operator column (指标性质) and unit column, "
         "percent cells, 万元 in the number format (correct)")  # fmt: skip
def film_percent() -> Book:
    b, s = book()
    project(s, "栖苇县废旧农膜回收利用补助项目", "栖苇县农业生态与资源保护站",
            funds(wan(186), wan(160), wan(26)),
            ["全县回收废旧农膜2400吨以上，当季地膜回收率达到85%以上，建设村级回收点36个，"
             "田间残膜明显减少。"])  # fmt: skip
    rows = [
        ["一、产出指标", "（一）数量指标", "废旧农膜回收量", "≥", 2400, "吨"],
        [None, None, "村级回收点建设数量", "≥", 36, "个"],
        [None, "（二）质量指标", "当季地膜回收率", "≥", pct(0.85), "%"],
        [None, None, "回收农膜资源化利用率", "≥", pct(0.9), "%"],
        [None, "（三）时效指标", "补助资金兑付完成时间", "≤", day(YEAR, 12, 20, CN_DATE), ""],
        [None, "（四）成本指标", "废旧农膜回收补助标准", "≤", 400, "元/吨"],
        ["二、效益指标", "（一）生态效益指标", "田间残膜量下降率", "≥", pct(0.15), "%"],
        [None, "（二）社会效益指标", "废旧农膜露天焚烧事件", "≤", 0, "起"],
        [None, "（三）可持续影响指标", "回收网络长效运行机制", "定性", "健全", ""],
        ["三、满意度指标", "（一）服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"],
    ]
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, rows)
    signature(s, "冉知秋", "郁青禾", "0779-6632418")
    return b


@variant("tn02-film-direction", (11, 1),
         "project, NAT-2021, operators inside the values: a 发生率 with ≥, a 推广面积 with ≤, "
         "a 合格率 typed as 105% in Excel")  # fmt: skip
def film_direction() -> Book:
    b, s = book()
    project(s, "砚岭市加厚高强度地膜推广应用项目", "砚岭市农业环境保护监测站",
            funds(150, 120, 30),
            ["推广加厚高强度地膜4万亩，当季地膜回收率达到85%以上，农田残膜量逐年下降。"],
            dept=CITY_DEPT)  # fmt: skip
    fire = mk("≥1%", "T108", "warning", row=True,
              note="发生率是反向指标，≥ 把事故率写成了下限，应为 ≤")  # fmt: skip
    area = mk("≤4万亩", "T108", "warning", row=True,
              note="推广面积是正向产出数量，≤ 把目标写成了上限，应为 ≥")  # fmt: skip
    over = mk(pct(1.05), "T106", "error",
              note="Excel 中输入 105%（存为 1.05），合格率上限为 100%")  # fmt: skip
    rows = [
        ["成本指标", "经济成本指标", "加厚地膜推广补贴标准", "≤30元/亩"],
        [None, "生态环境成本指标", "回收网点农膜堆放起火事故发生率", fire],
        ["产出指标", "数量指标", "加厚高强度地膜推广面积", area],
        [None, None, "废旧地膜回收量", "≥1800吨"],
        [None, "质量指标", "加厚地膜抽检合格率", over],
        [None, None, "当季地膜回收率", "≥85%"],
        [None, "时效指标", "推广地膜供货完成时间", "2025年4月30日前"],
        ["效益指标", "生态效益指标", "农田地膜残留量下降率", "≥10%"],
        [None, "社会效益指标", "种植户科学用膜知晓率", "≥80%"],
        [None, "可持续影响指标", "地膜回收利用长效机制", "逐步健全"],
        ["满意度指标", "服务对象满意度指标", "用膜农户满意度", "≥90%"],
    ]
    indicators(s, HEAD4, rows)
    return b


@variant("tn03-film-biodegradable-years", (8,),
         "three-year biodegradable film pilot, NAT-2021, 中期 and 年度 value columns: one "
         "cumulative count copied, one annual count above its period count")  # fmt: skip
def film_biodegradable_years() -> Book:
    b, s = book()
    project(s, "栖苇县全生物降解地膜替代试点项目", "栖苇县农业技术推广中心",
            funds(540, 480, 60, annual=(180, 160, 20)),
            ["2025—2027年在棉花、马铃薯上累计开展全生物降解地膜试点6万亩，建立对比监测点30个，"
             "形成适宜本县的降解地膜应用技术规程。",
             "2025年在棉花、马铃薯上开展全生物降解地膜试点示范，同步开展降解性能和产量对比监测。"],
            years=3, attr="新增项目")  # fmt: skip
    copied = mk("≥30个", "D202", "warning",
                note="三年累计的监测点数原样抄进年度列，年度应为当年新建数")  # fmt: skip
    above = mk("≥1800人次", "D201", "error",
               note="年度培训 1800 人次大于三年合计 1500 人次，不可能成立")  # fmt: skip
    rows = [
        ["成本指标", "经济成本指标", "全生物降解地膜补贴标准", "≤80元/亩", "≤80元/亩"],
        ["产出指标", "数量指标", "全生物降解地膜试点面积", "≥6万亩", "≥2万亩"],
        [None, None, "降解性能对比监测点", "≥30个", copied],
        [None, None, "降解地膜应用技术培训", "≥1500人次", above],
        [None, "质量指标", "降解地膜覆膜期性能达标率", "≥90%", "≥90%"],
        [None, "时效指标", "试点地膜覆膜完成时间", "2027年5月31日前", "2025年5月31日前"],
        ["效益指标", "生态效益指标", "试点地块残膜量下降率", "≥60%", "≥50%"],
        [None, "经济效益指标", "试点作物亩均减产幅度", "≤5%", "≤5%"],
        [None, "可持续影响指标", "降解地膜应用技术规程", "形成并推广", "完成初稿"],
        ["满意度指标", "服务对象满意度指标", "试点农户满意度", "≥90%", "≥90%"],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    return b


@variant("tn04-film-stacked", (2,),
         "two film projects stacked in one sheet, OLD-NAT, one value column, the same "
         "satisfaction indicator with different values in each project (correct)")  # fmt: skip
def film_stacked() -> Book:
    b, s = book()
    project(s, "栖苇县加厚高强度地膜推广项目", "栖苇县农业技术推广中心",
            funds(96, 80, 16), ["推广加厚高强度地膜3.2万亩，从源头提高地膜可回收性。"],
            title=f"{YEAR}年度项目支出绩效目标申报表（农膜类项目）")  # fmt: skip
    indicators(s, HEAD4, [
        ["产出指标", "数量指标", "加厚高强度地膜推广面积", "≥3.2万亩"],
        [None, "质量指标", "推广地膜厚度抽检达标率", "≥95%"],
        [None, "时效指标", "地膜发放完成时间", "2025年3月31日前"],
        [None, "成本指标", "加厚地膜推广补贴标准", "≤25元/亩"],
        ["效益指标", "生态效益指标", "推广区当季地膜回收率", "≥85%"],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    project(s, "栖苇县废旧农膜回收网点建设项目", "栖苇县农业生态与资源保护站",
            funds(130, 110, 20), ["新建村级废旧农膜回收网点40个，实现产棉乡镇网点全覆盖。"],
            title="")  # fmt: skip
    indicators(s, HEAD4, [
        ["产出指标", "数量指标", "新建村级回收网点", "≥40个"],
        [None, "质量指标", "回收网点验收合格率", "=100%"],
        [None, "时效指标", "网点建设完成时间", "2025年10月31日前"],
        [None, "成本指标", "村级网点建设补助标准", "≤2.5万元/个"],
        ["效益指标", "社会效益指标", "产棉乡镇回收网点覆盖率", "=100%"],
        [None, "可持续影响指标", "网点运营管护机制", "建立并执行"],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥88%"],
    ])  # fmt: skip
    return b


@variant("tn05-film-points", (10, 5),
         "project, NAT-2021, numbered tier-1 labels with a tier-1 score column and an "
         "indicator score column (100 both ways), a rate raised in 百分点, "
         "a 合计 row (correct)")  # fmt: skip
def film_points() -> Book:
    b, s = book()
    project(s, "栖苇县全生物降解地膜应用示范项目", "栖苇县农业技术推广中心",
            funds(150, 130, 20),
            ["示范应用全生物降解地膜1.2万亩，当季地膜回收率较上年提高5个百分点以上。"])  # fmt: skip
    rows = [
        ["一、成本指标", 15, "经济成本指标", "生物降解地膜补贴标准", "≤90元/亩", 10],
        [None, None, "生态环境成本指标", "残膜临时堆放点超期存放时间", "≤15天", 5],
        ["二、产出指标", 45, "数量指标", "全生物降解地膜示范面积", "≥1.2万亩", 15],
        [None, None, None, "回收残膜处置量", "≥600吨", 10],
        [None, None, "质量指标", "降解地膜入库检测合格率", "≥98%", 10],
        [None, None, "时效指标", "示范地膜发放完成时间", "2025年4月15日前", 10],
        ["三、效益指标", 30, "生态效益指标", "示范区当季地膜回收率较上年提高", "≥5百分点", 15],
        [None, None, "经济效益指标", "示范农户人工捡膜成本节省", "≥40元/亩", 5],
        [None, None, "可持续影响指标", "降解地膜替代技术模式", "≥1套", 10],
        ["四、满意度指标", 10, "服务对象满意度指标", "示范种植户满意度", "≥90%", 10],
        ["合计", 100, "", "", "", 100],
    ]
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), rows,
               merged=(1, 2, 3))  # fmt: skip
    return b


@variant("tn06-film-artefacts", (9, 12),
         "project, OLD-NAT, one value column, spending lines below the table: a plan end date "
         "left as a date serial in a text cell, one line's amount pasted twice")  # fmt: skip
def film_artefacts() -> Book:
    b, s = book()
    end = mk("46022", "X104", "warning",
             note="计划完成日期是文本单元格里的日期序列号 46022（即 2025-12-31）")  # fmt: skip
    project(s, "栖苇县废旧农膜回收加工补助项目", "栖苇县农业生态与资源保护站",
            funds(88, 72, 16), ["回收废旧农膜1600吨，配置回收点打包机12台。"],
            start=day(YEAR, 3, 1), end=end)  # fmt: skip
    indicators(s, HEAD4, [
        ["产出指标", "数量指标", "废旧农膜回收量", "≥1600吨"],
        [None, None, "回收点打包机配置数量", "≥12台"],
        [None, "质量指标", "回收农膜加工再利用率", "≥80%"],
        [None, "时效指标", "回收补助兑付完成时间", "2025年12月25日前"],
        [None, "成本指标", "废旧农膜回收补助标准", "≤300元/吨"],
        ["效益指标", "生态效益指标", "当季地膜回收率", "≥85%"],
        [None, "社会效益指标", "农户废旧农膜交售积极性", "明显提高"],
        ["满意度指标", "服务对象满意度指标", "交售农户满意度", "≥90%"],
    ])  # fmt: skip
    twice = mk("24万24万", "X106", "error", alt=("B108",),
               note="金额粘贴了两次，按 24 万元读取后明细合计为 88")  # fmt: skip
    s.skip()
    s.row("支出明细", "明细项目", None, "金额（万元）", "测算依据", None, merge=[(2, 3), (5, 6)])
    top = s.r
    for line in (["废旧农膜回收补助", 48, "1600吨×300元/吨"],
                 ["回收点设备购置", twice, "打包机12台×2万元/台"],
                 ["宣传培训", 9.5, "培训12期、宣传材料"],
                 ["监测评估", 6.5, "残膜监测点位监测"],
                 ["合计", 88, ""]):  # fmt: skip
        s.row(None, line[0], None, line[1], line[2], None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return b
