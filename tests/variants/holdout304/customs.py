"""Moral models and changing customs: 道德模范评选 and 移风易俗 (tb13 to tb18)."""

from __future__ import annotations

from tests.variants.holdout304.common import (
    SEVEN,
    band,
    department_book,
    notes,
    project_book,
    signature,
    table,
    w,
    year_money,
)
from tests.variants.holdout304.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

TIERS = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "tb13-model-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: two tier-2 labels left from the template without "
    "indicators, a value without an indicator name",
)
def tb13() -> Book:
    b, s = project_book(
        year=2025,
        name="第五届道德模范评选表彰项目",
        dept="中共雁汀市委宣传部（208001）",
        unit="雁汀市精神文明建设指导委员会办公室",
        money=year_money(42, 42, 0),
        goals=["组织开展第五届道德模范推荐评选和表彰，举办事迹宣讲，弘扬时代新风。"],
    )
    left = "模板留下的二级指标，下面没有三级指标和指标值"
    rows = [
        ("产出指标", "数量指标", "道德模范候选人推荐人数", "≥60人"),
        (None, None, "道德模范评选表彰人数", "10人"),
        (None, "质量指标", "候选人事迹核实率", "=100%"),
        (None, mk("时效指标", "F109", "warning", row=True, note=left), None, None),
        ("成本指标", "经济成本指标", "表彰活动举办费用", "≤18万元"),
        ("效益指标", "社会效益指标", "道德模范事迹宣讲场次", "≥40场"),
        (None, None, mk(None, "F110", "error", note="有指标值≥35万人次，却没有指标名称"),
         "≥35万人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note=left), None, None),
        (None, "可持续影响指标", "道德模范礼遇帮扶机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众对评选工作满意度", "≥90%"),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b


@variant(
    "tb14-customs-department",
    (12, 1),
    "department, NAT-2021: budget with a row of typed percent shares, tasks adding to 金额合计 "
    "= 项目支出, unit costs within their tasks, bare percent values (correct)",
)
def tb14() -> Book:
    shares = (pct(1), pct(0.875, "0.0%"), pct(0.125, "0.0%"), pct(0.625, "0.0%"),
              pct(0.375, "0.0%"))  # fmt: skip
    b, s = department_book(
        year=2025,
        dept="澹水县民政局",
        budget=[(w(640), w(560), w(80), w(400), w(240)), shares],
        tasks=[
            ("移风易俗宣传教育", "开展移风易俗主题宣传活动", w(60), "新风正气广泛传播"),
            ("婚俗改革试点", "支持试点村（社区）推进婚俗改革", w(80), "婚事新办简办成风"),
            ("惠民殡葬补贴", "发放基本殡葬服务补贴", w(100), "补贴及时足额到位"),
            ("金额合计", None, w(240), None),
        ],
        goal="深化移风易俗，推进婚俗改革和殡葬改革，减轻群众人情负担。",
    )
    band(s, "年度绩效指标")
    table(s, TIERS, [
        ("产出指标", "数量指标", "移风易俗主题宣传活动场次", "≥120场"),
        (None, None, "婚俗改革试点村（社区）数量", "≥30个"),
        (None, None, "惠民殡葬补贴发放人数", "≥1200人"),
        (None, "质量指标", "惠民殡葬补贴发放到位率", pct(1)),
        (None, None, "村规民约移风易俗条款修订率", pct(0.95)),
        (None, "时效指标", "补贴资金发放时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "惠民殡葬补贴标准", "≤800元/人"),
        (None, None, "婚俗改革试点村奖补标准", "≤2万元/个"),
        ("效益指标", "社会效益指标", "婚事新办简办比例", "≥85%"),
        (None, "可持续影响指标", "红白理事会运行", "规范"),
        ("满意度指标", "服务对象满意度指标", "群众对移风易俗工作满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "tb15-civil-affairs-money",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额 (财政拨款 + 其他资金 holds), tasks not "
    "adding to 金额合计",
)
def tb15() -> Book:
    total = mk(w(430), "B101", "error", row=True, note="基本支出260 + 项目支出150 = 410，不是430")
    listed = mk(w(150), "B102", "error", note="任务金额60 + 50 + 30 = 140，不是150")
    b, s = department_book(
        year=2026,
        dept="梧汀区民政局",
        budget=[(total, w(380), w(50), w(260), w(150))],
        tasks=[
            ("文明祭扫宣传", "清明、冬至期间文明祭扫宣传", w(60), "文明低碳祭扫深入人心"),
            ("集中治丧场所管理", "规范集中治丧场所运行", w(50), "治丧活动文明有序"),
            ("红白理事会培训", "培训村（社区）红白理事会成员", w(30), "理事会规范履职"),
            ("金额合计", None, listed, None),
        ],
        goal="推进殡葬领域移风易俗，规范治丧活动，提升红白理事会履职能力。",
    )
    band(s, "年度绩效指标")
    table(s, TIERS, [
        ("产出指标", "数量指标", "文明祭扫宣传活动场次", "≥36场"),
        (None, None, "红白理事会成员培训人数", "≥450人"),
        (None, "质量指标", "集中治丧场所规范化达标率", "≥90%"),
        (None, "时效指标", "培训任务完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤500元/人"),
        ("效益指标", "社会效益指标", "文明低碳祭扫参与率", "≥80%"),
        (None, "可持续影响指标", "红白理事会履职制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众对殡葬服务满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "tb16-burial-artefacts",
    (9, 4),
    "project, OLD-NAT, one value column, a 注 row and a signature line, a detail block below "
    "the table: an amount split by a space, an amount pasted twice",
)
def tb16() -> Book:
    b, s = project_book(
        year=2025,
        name="文明祭扫和生态安葬推广项目",
        dept="蓼川县民政局（301006）",
        unit="蓼川县殡葬管理所",
        money=year_money(86, 76, 10),
        goals=["推广树葬、花葬等生态安葬方式，倡导文明低碳祭扫，规范公益性公墓管护。"],
    )
    table(s, TIERS, [
        ("产出指标", "数量指标", "生态安葬例数", "≥200例"),
        (None, None, "文明祭扫宣传活动场次", "≥24场"),
        (None, "质量指标", "公益性公墓管护达标率", "≥95%"),
        (None, "时效指标", "生态安葬奖补发放时限", "≤20个工作日"),
        (None, "成本指标", "生态安葬奖补标准", "≤1500元/例"),
        ("效益指标", "社会效益指标", "文明低碳祭扫参与率", "≥80%"),
        (None, "生态效益指标", "祭扫焚烧垃圾减少量", "≥5吨"),
        ("满意度指标", "服务对象满意度指标", "治丧群众满意度", "≥90%"),
    ])  # fmt: skip
    band(s, "注：生态安葬含树葬、花葬和骨灰撒散。")
    split = mk("18.4 5", "X105", "warning", alt=("X103",), note="18.45被空格断开")
    twice = mk("30万30万(含树葬、花葬)", "X106", "error", alt=("B108",), note="30万粘贴了两次")
    band(s, "项目支出明细（万元）")
    s.row("明细项目", "金额", "测算依据", merge=[(3, 6)])
    s.row("文明祭扫宣传品制作", split, "宣传册、海报和横幅制作", merge=[(3, 6)])
    s.row("生态安葬奖补", twice, "200例 × 1500元/例", merge=[(3, 6)])
    s.row("公益性公墓管护", w(20), "管护人员劳务和绿化养护", merge=[(3, 6)])
    s.row("移风易俗志愿者培训", w(17.55), "培训4期", merge=[(3, 6)])
    s.row("合计", w(86), None, merge=[(3, 6)])
    signature(s, "潘仲禾", "0739-5261837", day(2024, 10, 28))
    return b


@variant(
    "tb17-good-people-points",
    (10, 5),
    "project, NAT-2021, a tier-1 score column and an indicator score column both adding to "
    "100, a rise in 百分点, a footnote explaining the total (correct)",
)
def tb17() -> Book:
    b, s = project_book(
        year=2025,
        name="“雁汀好人”推选和道德模范宣传项目",
        dept="中共雁汀市委宣传部（208001）",
        unit="雁汀市精神文明建设指导委员会办公室",
        money=year_money(35, 35, 0),
        goals=["按季度推选发布“雁汀好人”，开展道德模范事迹宣讲，营造崇德向善的社会氛围。"],
    )
    header = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "三级指标分值")
    rows = [
        ("产出指标", 50, "数量指标", "“雁汀好人”推选人数", "≥48人", 15),
        (None, None, None, "道德模范事迹宣讲场次", "≥30场", 15),
        (None, None, "质量指标", "推选对象事迹核实率", "=100%", 10),
        (None, None, "时效指标", "推选结果发布时限", "≤15个工作日", 10),
        ("成本指标", 10, "经济成本指标", "宣讲活动场均成本", "≤0.4万元/场", 10),
        ("效益指标", 30, "社会效益指标", "身边好人推荐参与率提高", "≥2百分点", 10),
        (None, None, None, "道德模范事迹网络传播量", "≥50万人次", 10),
        (None, None, "可持续影响指标", "道德模范关爱帮扶机制", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "群众对推选活动满意度", "≥90%", 10),
    ]
    table(s, header, rows, merged=(1, 2, 3))
    notes(s, ["注：一级指标分值为其下三级指标分值之和，两级分值各自合计100分，不应相加。"])
    return b


@variant(
    "tb18-wedding-direction",
    (11, 1, 7),
    "project, NAT-2021, headers 考核指标 and 目标值（年度）, 指标性质 as direction and 指标方向 as "
    "operator, unit column, percent cells, a 下降率 with ≥, 0起 on incidents (correct)",
)
def tb18() -> Book:
    b, s = project_book(
        widths=SEVEN,
        year=2026,
        name="婚俗改革和移风易俗示范创建项目",
        dept="砚溪区民政局（512004）",
        unit="砚溪区婚姻登记中心",
        money=year_money(65, 60, 5),
        goals=["在试点村推进婚俗改革，遏制高价彩礼和大操大办，培育婚事新办简办新风。"],
    )
    rows = [
        ("产出指标", "数量指标", "婚俗改革试点村数量", "正向", "≥", 25, "个"),
        (None, None, "移风易俗宣讲场次", "正向", "≥", 80, "场"),
        (None, "质量指标", "试点村村规民约修订完成率", "正向", "=", pct(1), "%"),
        (None, "时效指标", "试点创建验收完成时间", "反向", "≤", day(2026, 11, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "试点村奖补标准", "反向", "≤", 2, "万元/个"),
        (None, "社会成本指标", "违规大操大办事件", "反向", "≤", 0, "起"),
        ("效益指标", "社会效益指标", "高价彩礼发生下降率", "正向", "≥", pct(0.1), "%"),
        (None, None, "婚事新办简办比例", "正向", "≥", pct(0.85), "%"),
        (None, "可持续影响指标", "红白理事会覆盖率", "正向", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "试点村群众满意度", "正向", "≥", pct(0.9), "%"),
    ]
    header = ("一级指标", "二级指标", "考核指标", "指标性质", "指标方向", "目标值（年度）",
              "计量单位")  # fmt: skip
    table(s, header, rows)
    return b
