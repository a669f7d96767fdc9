"""The flower logistics hub: the hub's department return, a logistics park, cold-chain
delivery, a field pre-cooling centre, the industrial park and the hub's second phase."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout614.common import (
    T4,
    T5,
    book,
    budget,
    caption,
    funds,
    funds2,
    notes,
    sign,
    table,
    tasks,
    wan,
)
from tests.variants.holdout614.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "苇汀县商务局 315002"


@variant("ez13-hub-department", (4, 12), "department, NAT-2021, key tasks adding to 金额合计 = "
         "项目支出, a 注 row inside the table, footnotes (one explaining the total, one citing "
         "last year's statistics as the benchmark), 填表说明, signature and date lines "
         "(correct)")  # fmt: skip
def ez13() -> Book:
    b, s = book()
    goal = ("1.全年分拨鲜切花1500万枝、盆花260万盆；2.集配花卉电商订单90万单以上；3.冷链发运"
            "车次不少于4000车次，花卉运输损耗率控制在3%以内。")  # fmt: skip
    department_head(s, year=2025, dept="苇汀县花卉物流枢纽管理中心", goal=goal,
                    budget=budget(1260, 1100, 160, 460, 800), tasks=tasks(
        ("冷链分拨中心运行", "鲜切花和盆花预冷、冷链分拨", 380, "分拨鲜切花1500万枝、盆花260万盆"),
        ("花卉电商集配", "电商订单集货、分拣、配送", 260, "集配电商订单90万单以上"),
        ("物流信息平台运维", "车辆调度和温度监控平台运维", 160, "平台可用率99%以上"),
        ("金额合计", None, 800, None),
    ))  # fmt: skip
    caption(s, "年度绩效指标")
    table(s, T4, [
        ("产出指标", "数量指标", "鲜切花分拨量", "≥1500万枝"),
        (None, None, "盆花分拨量", "≥260万盆"),
        (None, None, "花卉电商订单集配量", "≥90万单"),
        (None, None, "冷链发运车次", "≥4000车次"),
        (None, "质量指标", "花卉运输损耗率", "≤3%"),
        (None, None, "物流信息平台可用率", "≥99%"),
        (None, "时效指标", "省内订单送达时限", "≤24小时"),
        ("成本指标", "经济成本指标", "单车次冷链发运成本", "≤0.09万元/车次"),
    ])  # fmt: skip
    caption(s, "注：以下效益、满意度指标由枢纽与县花卉协会共同采集数据。", 4)
    s.table([
        ("效益指标", "经济效益指标", "带动花卉外销额", "≥3.5亿元"),
        (None, "社会效益指标", "服务花卉经营主体", "≥900家"),
        (None, "可持续影响指标", "冷链温度在线监控覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "花卉经营主体满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：1.金额合计800万元为三项年度主要任务预算之和，等于项目支出，不含基本支出"
              "460万元。",
              "2.指标值设定依据：2024年枢纽运行统计数据（历史标准）。",
              "填表说明：比率类指标填写百分比，金额单位为万元。"])  # fmt: skip
    sign(s, "乔立川", "0793-6612408", "严书禾", (2024, 11, 18))
    return b


@variant("ez14-park-department-money", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计, the goal's and task's vehicle count given "
         "otherwise by the indicator")  # fmt: skip
def ez14() -> Book:
    b, s = book()
    goal = ("1.新购置冷藏车20辆；2.改造园区分拣场地4000平方米；3.补助入园物流企业30家以上，"
            "花卉日均发运量达到8万件。")  # fmt: skip
    total = mk(wan(960), "B101", "error", note="基本支出300万元+项目支出620万元=920万元≠960万元")
    summed = mk(wan(620), "B102", "error", note="任务预算260+200+180=640万元≠金额合计620万元")
    department_head(s, year=2025, dept="岚渚镇花卉物流园管理办公室", goal=goal,
                    budget=budget(total, 880, 80, 300, 620), tasks=tasks(
        ("冷藏车购置", "购置花卉冷藏运输车", 260, "购置冷藏车20辆"),
        ("分拣场地改造", "改造园区花卉分拣场地", 200, "改造分拣场地4000平方米"),
        ("物流园运营补助", "补助入园花卉物流企业", 180, "补助入园企业30家以上"),
        ("金额合计", None, summed, None),
    ))  # fmt: skip
    vans = mk("≥15辆", "D104", "warning", note="总体目标和任务写购置冷藏车20辆，指标却是15辆")
    caption(s, "年度绩效指标")
    table(s, T4, [
        ("产出指标", "数量指标", "冷藏车购置数量", vans),
        (None, None, "分拣场地改造面积", "≥4000平方米"),
        (None, None, "补助入园物流企业", "≥30家"),
        (None, "质量指标", "分拣场地改造验收合格率", "=100%"),
        (None, "时效指标", "冷藏车交付时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "冷藏车单车购置价格", "≤13万元/辆"),
        ("效益指标", "经济效益指标", "花卉日均发运量", "≥8万件"),
        (None, "社会效益指标", "带动物流从业人员就业", "≥120人"),
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ez15-coldchain-words", (1, 11), "project, OLD-NAT, 指标性质 as direction (正向/反向), "
         "operators in words in their own column, bare numbers and typed percent cells with a "
         "unit column, 0起 on accidents, a 下降率 with 大于等于 (correct)")  # fmt: skip
def ez15() -> Book:
    b, s = book()
    project_head(s, year=2025, name="苇汀县花卉冷链配送服务项目", dept=DEPT,
                 unit="苇汀县花卉物流枢纽管理中心", money=funds(200, 160, 40),
                 goals=["2025年完成花卉冷链配送1500车次，鲜花运输损耗率控制在3%以内，冷链"
                        "运输安全事故为零。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "运算符", "指标值", "计量单位")
    table(s, head, [
        ("产出指标", "数量指标", "冷链配送车次", "正向", "大于等于", 1500, "车次"),
        (None, "质量指标", "鲜花运输损耗率", "反向", "小于等于", pct(0.03), "%"),
        (None, None, "冷链运输安全事故", "反向", "小于等于", 0, "起"),
        (None, "时效指标", "县内配送时长", "反向", "小于等于", 48, "小时"),
        (None, "成本指标", "单车次配送成本", "反向", "小于等于", 0.12, "万元/车次"),
        ("效益指标", "经济效益指标", "花损金额下降率", "正向", "大于等于", pct(0.15), "%"),
        (None, "生态效益指标", "新能源冷链车辆占比", "正向", "大于等于", pct(0.3), "%"),
        ("满意度指标", "服务对象满意度指标", "花卉经营户满意度", "正向", "大于等于", pct(0.9),
         "%"),
    ])  # fmt: skip
    return b


@variant("ez16-precooling-direction", (11,), "project, OLD-NAT, 指标方向 column (正向/反向), "
         "operators inside the values, a unit column: a 反向 rate with ≥, a completion date in "
         "the next year of a one-year project")  # fmt: skip
def ez16() -> Book:
    b, s = book()
    project_head(s, year=2025, name="岚渚镇花卉产地预冷分拣中心项目", dept=DEPT,
                 unit="岚渚镇花卉物流园管理办公室", money=funds(150, 120, 30),
                 goals=["2025年建成产地预冷库2座、花卉分拣线1条，11月底前投入使用，预冷处理"
                        "鲜切花800万枝。"])  # fmt: skip
    broken = mk("≥2", "T108", "warning", row=True, note="断链率是反向指标，比较符却是≥")
    late = mk("2026年2月28日前", "Y102", "error", alt=("D104",),
              note="一年期项目（2025年）的时限落在2026年；目标写11月底前投入使用")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")
    table(s, head, [
        ("产出指标", "数量指标", "建成产地预冷库", "正向", "≥2", "座"),
        (None, None, "建成花卉分拣线", "正向", "≥1", "条"),
        (None, None, "预冷处理鲜切花", "正向", "≥800", "万枝"),
        (None, "质量指标", "预冷后鲜切花冷链断链率", "反向", broken, "%"),
        (None, "时效指标", "预冷库投入使用时间", "反向", "2025年11月30日前", None),
        (None, None, "分拣线调试完成时间", "反向", late, None),
        (None, "成本指标", "单座预冷库建设成本", "反向", "≤50", "万元/座"),
        ("效益指标", "经济效益指标", "鲜切花预冷后单枝溢价", "正向", "≥0.1", "元/枝"),
        ("满意度指标", "服务对象满意度指标", "花农满意度", "正向", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant("ez17-park-page-break", (4,), "department, NAT-2021, weight column: a unit-code row, "
         "小计 rows after each block, the header repeated after a page break, a 合计 row, "
         "signature lines (correct)")  # fmt: skip
def ez17() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="苇汀县花卉产业园区管理委员会",
                    budget=budget(2100, 1900, 200, 700, 1400),
                    goal="1.园区蝴蝶兰和多肉植物温室面积达到60万平方米；2.园区花卉拍卖交易额"
                         "5亿元以上；3.花卉冷链物流覆盖园区全部入驻企业。")  # fmt: skip
    s.row("单位编码：315009", None, None, None, "金额单位：万元")
    head = (*T4, "权重")
    table(s, head, [
        ("产出指标", "数量指标", "园区温室面积", "≥60万平方米", 10),
        (None, None, "新增入驻花卉企业", "≥15家", 10),
        (None, "质量指标", "入驻企业温室安全检查合格率", "≥98%", 10),
        (None, "时效指标", "入驻审批办结时限", "≤10个工作日", 10),
        ("成本指标", "经济成本指标", "公共温室单位运维成本", "≤20元/平方米", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.skip()
    table(s, head, [
        ("效益指标", "经济效益指标", "园区花卉拍卖交易额", "≥5亿元", 15),
        (None, "社会效益指标", "带动园区就业", "≥1800人", 10),
        (None, "可持续影响指标", "冷链物流覆盖入驻企业比例", "=100%", 5),
    ])  # fmt: skip
    s.row("小计", None, None, None, 30)
    s.table([
        ("满意度指标", "服务对象满意度指标", "入驻企业满意度", "≥90%", 10),
        (None, None, "园区务工人员满意度", "≥85%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 20)
    s.row("合计", None, None, None, 100)
    sign(s, "符知远", "0793-6627154", "邬沁禾", (2024, 11, 20))
    return b


@variant("ez18-hub-phase-two", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "中期目标 copied into 年度目标, a year's count above the period's, one indicator twice "
         "under two tier-2s")  # fmt: skip
def ez18() -> Book:
    b, s = book()
    text = "建成花卉冷链物流枢纽二期，完善冷库、分拣线和信息系统，提升花卉冷链分拨能力。"
    copied = mk(text, "D204", "warning", note="年度目标与中期目标逐字相同")
    project_head(s, year=2025, years=3, name="苇汀花卉冷链物流枢纽（二期）建设项目",
                 dept=DEPT, unit="苇汀县花卉物流枢纽管理中心", attr="新增项目",
                 money=funds2((2400, 2000, 400), (900, 750, 150)),
                 goals=[text, copied])  # fmt: skip
    lines = mk("≥8条", "D201", "error", note="年度8条大于实施期6条")
    again = mk("冷链分拨花卉数量", "D103", "warning", row=True, alt=("D101", "D102", "F201"),
               note="与数量指标“花卉冷链分拨量”是同一指标，又填在经济效益指标下")  # fmt: skip
    table(s, T5, [
        ("产出指标", "数量指标", "新建冷库库容", "≥1.2万立方米", "≥0.5万立方米"),
        (None, None, "新增冷链分拣线", "≥6条", lines),
        (None, None, "花卉冷链分拨量", "≥3000万件", "≥800万件"),
        (None, "质量指标", "冷库温控达标率", "≥98%", "≥98%"),
        (None, "时效指标", "年度建设任务完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "冷库单位库容建设成本", "≤1200元/立方米", "≤1200元/立方米"),
        ("效益指标", "经济效益指标", again, "≥3000万件", "≥800万件"),
        (None, "社会效益指标", "带动冷链物流就业", "≥300人", "≥100人"),
        ("满意度指标", "服务对象满意度指标", "入驻花卉企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
