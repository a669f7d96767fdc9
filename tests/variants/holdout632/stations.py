"""收购站、推广站与冷链分拣中心: department, stacked and flat returns fr13–fr18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout632.common import (
    HEAD,
    HEAD2,
    budget,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout632.registry import variant
from tests.variants.kit import Book, day, mk


@variant("fr13-sericulture-station", (4, 12), "department, NAT-2021: budget and key tasks "
         "adding up, a 注 row between tiers, footnotes, 填表说明 and a signature line "
         "(correct)")  # fmt: skip
def fr13() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="柞岭县蚕业技术推广站",
                    budget=budget(300, 270, 30, 180, 120),
                    tasks=[("柞蚕良种推广", "推广春秋两季良种", w(50), "良种覆盖率提高"),
                           ("蚕茧收购质量监管", "监管收购网点12个", w(40), "杜绝压级压价"),
                           ("蚕农技术培训", "培训蚕农600人次", w(30), "提高放养技术"),
                           ("金额合计", None, w(120), None)],
                    goal="推广柞蚕良种1.8万张（春蚕0.8万张、秋蚕1万张），监管收购网点12个，"
                         "培训蚕农600人次。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "柞蚕良种推广量", "≥18000张"),
        (None, None, "收购网点监管覆盖数", "≥12个"),
        (None, None, "蚕农技术培训", "≥600人次"),
        (None, "质量指标", "收购茧抽检合格率", "≥95%"),
        (None, "时效指标", "良种发放完成时间", "2025年5月10日前"),
    ])  # fmt: skip
    note(s, "注：成本指标按本站2025年良种补助标准测算。", 4)
    s.table([
        ("成本指标", "经济成本指标", "良种推广补助标准", "≤25元/张"),
        ("效益指标", "经济效益指标", "放养户茧款收入增长率", "≥5%"),
        (None, "社会效益指标", "压级压价投诉件数", "≤3件"),
        ("满意度指标", "服务对象满意度指标", "蚕农满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：良种推广量含春蚕、秋蚕两季。", 4)
    note(s, "填表说明：指标值应量化，比率类指标以百分比填列。", 4)
    sign(s, "侯立秋", "0427-6625173", day(2024, 11, 18))
    return b


@variant("fr14-cocoon-center-money", (12,), "department, NAT-2021: 资金总额 against 基本支出 + "
         "项目支出, tasks not adding to 金额合计, a tonnage against the goal")  # fmt: skip
def fr14() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="雁桥市柞蚕茧收购服务中心",
                    budget=[[mk(w(260), "B101", "error", note="基本 150 + 项目 120 = 270"),
                             w(220), w(40), w(150), w(120)]],
                    tasks=[("收购网点运营", "运营收购网点10个", w(50), "应收尽收"),
                           ("茧质检验", "检验收购茧", w(35), "优质优价"),
                           ("收购员培训", "培训收购员120人次", w(25), "持证上岗"),
                           ("金额合计", None, mk(w(120), "B102", "error",
                                                 note="50 + 35 + 25 = 110"), None)],
                    goal="年内收购柞蚕茧800吨，运营收购网点10个，培训收购员120人次。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "柞蚕茧收购量",
         mk("≥600吨", "D104", "warning", row=True, note="年度总体目标写800吨")),
        (None, None, "收购网点运营数量", "≥10个"),
        (None, None, "收购员培训", "≥120人次"),
        (None, "质量指标", "收购茧等级评定准确率", "≥95%"),
        (None, "时效指标", "茧款兑付时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "单个网点年运营费用", "≤5万元"),
        ("效益指标", "经济效益指标", "售茧户均增收", "≥1500元"),
        ("满意度指标", "服务对象满意度指标", "售茧蚕农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fr15-stacked-coldchain-drying", (2, 4), "two projects stacked, NAT-2021, a header "
         "repeated after a page break, the same indicator in both projects, a 下降率 with ≥ "
         "(correct)")  # fmt: skip
def fr15() -> Book:
    b, s = start()
    project_head(s, year=2025, name="树莓冷链分拣中心运营补助项目",
                 dept="栎岗县农业农村局（207003）",
                 unit="栎岗县林果产业发展中心", money=one_year(40, 32, 8),
                 goals=["保障冷链分拣中心运营，分拣树莓鲜果1200吨，"
                        "入库预冷不超过2小时。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "分拣鲜果量", "≥1200吨"),
        (None, None, "冷库运行天数", "≥200天"),
        (None, "质量指标", "分拣分级准确率", "≥95%"),
        (None, None, "设备完好率", "≥95%"),
        (None, "时效指标", "鲜果入库预冷时限", "≤2小时"),
    ])  # fmt: skip
    s.skip()
    indicators(s, [
        ("成本指标", "经济成本指标", "单吨鲜果分拣补助", "≤300元"),
        ("效益指标", "经济效益指标", "鲜果采后损耗率", "≤6%"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="柞蚕茧烘干设备更新项目",
                 dept="柞岭县农业农村局（318001）",
                 unit="柞岭县柞蚕茧收购服务中心", money=one_year(26, 26, 0),
                 goals=["更新柞蚕茧烘干设备4台，8月底前安装调试完毕，降低烘茧能耗。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "烘干设备更新数量", "4台"),
        (None, "质量指标", "烘干茧质量合格率", "≥95%"),
        (None, None, "设备完好率", "≥95%"),
        (None, "时效指标", "设备安装调试完成时间", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "单台烘干设备购置成本", "≤6.5万元"),
        ("效益指标", "生态效益指标", "烘茧能耗下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "售茧蚕农满意度", "≥90%"),
    ], header=HEAD)  # fmt: skip
    return b


@variant("fr16-stacked-dates-money", (2, 8), "two projects stacked, NAT-2021; the second, "
         "two-year, with 年度资金 above 中期资金 and a 计划完成日期 before its start")  # fmt: skip
def fr16() -> Book:
    b, s = start()
    dept = "柞岭县农业农村局（318001）"
    project_head(s, year=2025, name="树莓脱毒种苗繁育项目", dept=dept,
                 unit="柞岭县林果技术服务站", money=one_year(32, 28, 4),
                 goals=["繁育树莓脱毒种苗16万株，供应全县新建园区。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "脱毒种苗繁育量", "≥16万株"),
        (None, "质量指标", "种苗脱毒检测合格率", "≥98%"),
        (None, "时效指标", "种苗出圃时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "种苗繁育单位成本", "≤2元/株"),
        ("效益指标", "社会效益指标", "新建园区种苗自给率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, years=2, title="", name="柞蚕放养场作业道路修缮项目", dept=dept,
                 unit="柞岭县蚕业技术推广站", attr="新增项目", start=day(2025, 3, 1),
                 end=mk(day(2024, 12, 31), "Y104", "error", alt=("Y102",),
                        note="完成日期早于2025-03-01开始"),
                 money=multi_year((80, 70, 10), (mk(w(95), "B103", "error", note="95 > 80"),
                                                 85, 10)),
                 goals=["两年修缮放养场作业道路24公里。",
                        "2025年修缮作业道路12公里。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "作业道路修缮里程", "≥24公里", "≥12公里"),
        (None, "质量指标", "修缮工程验收合格率", "100%", "100%"),
        ("成本指标", "经济成本指标", "每公里修缮成本", "≤3万元", "≤3万元"),
        ("效益指标", "社会效益指标", "放养场通行条件改善户数", "≥260户", "≥130户"),
        ("满意度指标", "服务对象满意度指标", "蚕农满意度", "≥90%", "≥90%"),
    ], header=HEAD2)  # fmt: skip
    return b


@variant("fr17-two-row-header", (5, 7), "transfer project, NAT-2021, two-row header, tier "
         "labels with * and abbreviations, ★ core indicators, unit column, "
         "百分点 (correct)")  # fmt: skip
def fr17() -> Book:
    b, s = start()
    project_head(s, year=2025, name="栎岗县树莓冷链物流补短板项目",
                 dept="栎岗县农业农村局（207003）",
                 unit="栎岗县林果产业发展中心", attr="一次性项目",
                 money=[["年度资金总额", w(90), "其中：中央补助", w(60)], ["地方资金", w(30)]],
                 goals=["新建冷链集配中心1个，购置移动预冷设备5台，"
                        "树莓冷链流通率达到40%。"])  # fmt: skip
    s.row("绩效指标", None, None, "预期目标", None, merge=[(1, 3), (4, 5)])
    indicators(s, [
        ("*产出指标", "数量", "★冷链集配中心新建数量", "≥1", "个"),
        (None, None, "移动预冷设备购置数量", "≥5", "台"),
        (None, "质量", "★树莓冷链流通率", "≥40", "%"),
        (None, "时效", "设备投入使用时间", "9月30日前", None),
        ("*成本指标", "经济成本", "移动预冷设备单价", "≤8", "万元/台"),
        ("*效益指标", "经济效益", "★冷链流通损耗率降低", "≥3", "百分点"),
        (None, "社会效益", "带动果农户数", "≥300", "户"),
        ("*满意度指标", "服务对象满意度", "★果农满意度", "≥90", "%"),
    ], header=(*HEAD, "计量单位"))  # fmt: skip
    return b


@variant("fr18-flat-department-wrong", (3,), "department, flat list (指标名称 · 指标值 · "
         "计量单位 · 权重): a count against the goal, last year in a name, "
         "weights adding to 95")  # fmt: skip
def fr18() -> Book:
    b, s = start()
    b.file_mark("W101", "error", note="20 + 20 + 15 + 10 + 15 + 15 = 95")
    department_head(s, year=2025, dept="栎岗县林果技术服务站",
                    budget=budget(180, 160, 20, 110, 70),
                    tasks=[("树莓种苗发放", "发放种苗20万株", w(30), "扩大种植"),
                           ("种植技术培训", "培训种植户500人次", w(25), "提高技术"),
                           ("冷链分拣指导", "开展指导30场", w(15), "减少损耗"),
                           ("金额合计", None, w(70), None)],
                    goal="发放树莓种苗20万株，培训种植户500人次，"
                         "开展冷链分拣指导30场。")  # fmt: skip
    indicators(s, [
        ("树莓种苗发放量", "≥20", "万株", 20),
        ("种植户技术培训", mk("≥300", "D104", "warning", row=True, note="目标写500人次"),
         "人次", 20),
        (mk("2024年度冷链分拣指导场次", "Y103", "warning", note="上一年度的名称留在2025年表中"),
         "≥30", "场", 15),
        ("分拣指导覆盖果农户数", "≥200", "户", 10),
        ("种苗成活率", "≥90", "%", 15),
        ("服务对象满意度", "≥90", "%", 15),
    ], header=("指标名称", "指标值", "计量单位", "权重"), merged=())  # fmt: skip
    return b
