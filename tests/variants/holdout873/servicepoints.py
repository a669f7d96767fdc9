"""Village service points: six returns (kgy07–kgy12), three correct."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout873.common import book, indicators, note, one_year, sign, wan
from tests.variants.holdout873.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")


@variant(
    "kgy07-supply-coop-numbered",
    (5, 12),
    "department, NAT-2021, numbered tier labels, budget and key tasks that add up (correct)",
)
def supply_coop_numbered() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2025, dept="桐畈县供销合作社联合社",
        budget=[(wan(520), wan(480), wan(40), wan(310), wan(210))],
        tasks=[("村级电商服务站建设", "新建30个、提升56个站点", wan(116), "站点运营率≥90%"),
               ("农产品上行培育", "县域农产品网销品牌培育", wan(64), "网销额增长≥15%"),
               ("服务站运营补贴", "按月考核拨付运营补贴", wan(30), "站点持续运营"),
               ("金额合计", None, wan(210), None)],
        goal="建设村级电商服务站点86个（其中新建30个、提升56个），站点代购代销交易额增长15%以上，"
             "服务站持续运营率不低于90%。",
    )  # fmt: skip
    rows = [
        ("一、产出指标", "（一）数量指标", "村级电商服务站点建设数量", "≥86", "个", None),
        (None, None, "其中：新建站点", "≥30", "个", "含在86个之内"),
        (None, "（二）质量指标", "站点验收达标率", pct(0.95), "%", None),
        (None, "（三）时效指标", "站点建设完成时间", day(2025, 10, 31, CN_DATE), None, "前"),
        ("二、成本指标", "（一）经济成本指标", "单个新建站点补助", "≤2", "万元/个", "30×2=60"),
        (None, None, "单个提升站点补助", "≤1", "万元/个", "56×1=56"),
        ("三、效益指标", "（一）经济效益指标", "站点代购代销交易额增长率", "≥15", "%", None),
        (None, "（二）社会效益指标", "站点月均服务人次", "≥300", "人次", None),
        (None, "（三）可持续影响指标", "服务站持续运营率", pct(0.9), "%", None),
        ("四、满意度指标", "（一）服务对象满意度指标", "村民满意度", "≥90", "%", None),
    ]
    indicators(s, VALUE_HEAD, rows)
    sign(s, "蓝若溪", "0794-2265317", day(2024, 11, 20))
    return b


@variant(
    "kgy08-commerce-bureau-money",
    (5, 12),
    "department, NAT-2021, abbreviated tier labels: budget, task total and a misplaced rate",
)
def commerce_bureau_money() -> Book:
    b, s = book("部门整体")
    total = mk(wan(460), "B101", "error", row=True, note="基本支出280+项目支出170=450≠460")
    department_head(
        s, year=2025, dept="禾埠县商务局",
        budget=[(total, wan(400), wan(60), wan(280), wan(170))],
        tasks=[("服务站点运营补贴", "100个村级服务站运营补贴", wan(80), "站点正常运营"),
               ("电商人才培训", "村级站长及电商带头人培训", wan(50), "培训≥400人次"),
               ("品牌营销推广", "县域公共品牌线上推广", wan(30), "网销额增长"),
               ("金额合计", None, mk(wan(170), "B102", "error", note="80+50+30=160≠170"),
                None)],
        goal="保障100个村级电商服务站正常运营，培训站长及电商带头人400人次，县域农产品网络零售额"
             "增长12%以上。",
    )  # fmt: skip
    rows = [
        ("产出", "数量", "运营补贴服务站数量", "≥100", "个", None),
        (None, None, "站长及带头人培训", "≥400", "人次", None),
        (None, "质量", "服务站年度考核合格率", "≥90", "%", None),
        (None, "时效", "运营补贴按季拨付及时率", "=100", "%", None),
        ("成本", "经济成本", "单站年运营补贴", "≤0.8", "万元/个", None),
        ("效益", "经济效益", "农产品网络零售额增长率", "≥12", "%", None),
        (None, "社会效益", mk("服务站点用户满意度", "F201", "warning", row=True,
                              note="满意度填在社会效益下，应属服务对象满意度指标"),
         "≥90", "%", None),
        ("满意度", "服务对象满意度", "入驻商户满意度", "≥90", "%", None),
    ]  # fmt: skip
    indicators(s, VALUE_HEAD, rows)
    sign(s, "祁望舒", "0798-4430726", day(2024, 11, 25))
    return b


FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "kgy09-flat-service-stations",
    (1, 3, 11),
    "department, flat list (名称 · 权重 · 单位 · 指标性"
    "质 as operator · 指标值), typed percents (correct)",
)
def flat_service_stations() -> Book:
    b, s = book()
    department_head(
        s, year=2025, dept="樟垣县邮政管理局",
        budget=[(wan(380), wan(350), wan(30), wan(230), wan(150))],
        goal="实现126个行政村寄递物流综合服务站全覆盖（其中邮政共建48个、快递企业共建78个），"
             "快件投诉率控制在1%以内，站点安全事故零发生。",
    )  # fmt: skip
    s.row("年度绩效指标")
    s.row(*FLAT_HEAD)
    s.table([
        ("村级寄递物流综合服务站覆盖行政村", 15, "个", "≥", 126),
        ("服务站代收代投快件量", 15, "万件", "≥", 85),
        ("服务站建设验收合格率", 10, "%", "≥", pct(0.95)),
        ("快件投诉率", 10, "%", "≤", pct(0.01)),
        ("农产品寄递差错下降率", 10, "%", "≥", pct(0.2)),
        ("站点安全事故发生次数", 10, "次", "≤", 0),
        ("农产品线上销售额增长率", 15, "%", "≥", pct(0.12)),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    note(s, "说明：安全事故以“零发生”为目标，故填≤0次。")
    return b


@variant(
    "kgy10-flat-leaders",
    (3,),
    "department, flat list (名称 · 指标值 · 单位 · 权"
    "重): goal against value, near-duplicate, weights",
)
def flat_leaders() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept="朔杏县商务和经济信息化局",
        budget=[(wan(260), wan(240), wan(20), wan(170), wan(90))],
        goal="培育农村电商带头人200名，新建村级电商服务站40个，快件进村48小时送达。",
    )
    b.file_mark("W101", "error", note="权重15+10+15+10+10+10+15+10=95，应为100")
    s.row("年度绩效指标")
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("村级电商服务站新建数量", "≥40", "个", 15),
        ("村级服务站点新建数",
         mk("≥35", "D103", "warning", row=True, alt=("D102", "D101", "D104"),
            note="与上一行是同一指标，数值不同"), "个", 10),
        ("农村电商带头人培育",
         mk("≥150", "D104", "warning", note="年度总体目标写培育带头人200名"), "人", 15),
        ("服务站月均交易额", "≥3", "万元", 10),
        ("带头人培训考核合格率", "≥90", "%", 10),
        ("快件进村送达时限", "≤48", "小时", 10),
        ("农产品网络零售额增长率", "≥10", "%", 15),
        ("服务站运营满意度", "≥90", "%", 10),
    ])  # fmt: skip
    return b


STACK_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant(
    "kgy11-stacked-stations-storage",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, one name in both (correct)",
)
def stacked_stations_storage() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="樟垣县村级电商服务站运营补助", dept="樟垣县商务局（233）",
        unit="樟垣县电商服务中心", money=one_year(60, 50, 10),
        goals=["补助60个村级电商服务站全年运营，站点年运营天数达标率90%以上。"],
        title="2025年度项目支出绩效目标表（汇总）",
    )  # fmt: skip
    indicators(s, STACK_HEAD, [
        ("产出指标", "数量指标", "运营补助站点数", "≥60个"),
        (None, "质量指标", "站点年运营天数达标率", "≥90%"),
        (None, "时效指标", "补助资金拨付时间", "2025年9月30日前"),
        (None, "成本指标", "单站年运营补助", "≤1万元/个", "60×1=60万元"),
        ("效益指标", "社会效益指标", "站点带动农户户均增收", "≥500元/户"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, name="樟垣县农产品产地仓建设", dept="樟垣县商务局（233）",
        unit="樟垣县农产品流通服务站", money=one_year(90, 90, 0), attr="新增项目",
        goals=["建成农产品产地仓3个、冷藏库容1500立方米，生鲜农产品损耗率下降5个百分点。"],
        title="",
    )  # fmt: skip
    indicators(s, STACK_HEAD, [
        ("产出指标", "数量指标", "产地仓建设数量", "≥3个"),
        (None, None, "新增冷藏库容", "≥1500立方米"),
        (None, "质量指标", "工程验收合格率", "=100%"),
        (None, "时效指标", "产地仓完工时间", "2025年11月30日前"),
        (None, "成本指标", "单个产地仓建设成本", "≤30万元/个", "3×30=90万元"),
        ("效益指标", "经济效益指标", "生鲜农产品损耗率下降", "≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "卓泊远", "0797-8820513", day(2024, 12, 2))
    return b


@variant(
    "kgy12-stacked-stations-dates",
    (2,),
    "two projects stacked, OLD-NAT: the second's mone"
    "y does not add up, its start date is last year's",
)
def stacked_stations_dates() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="禾埠县村级寄递服务点设备配置", dept="禾埠县邮政管理局（118）",
        unit="禾埠县寄递物流服务中心", money=one_year(48, 40, 8),
        goals=["为80个村级寄递服务点配置智能快递柜等设备，快件村内投递时限缩短到24小时。"],
        title="2025年度项目支出绩效目标表（汇总）",
    )  # fmt: skip
    indicators(s, STACK_HEAD, [
        ("产出指标", "数量指标", "配置设备服务点数", "≥80个"),
        (None, "质量指标", "设备安装验收合格率", "=100%"),
        (None, "时效指标", "快件村内投递时限", "≤24小时"),
        (None, "成本指标", "单点设备配置成本", "≤0.6万元/个", "80×0.6=48万元"),
        ("效益指标", "社会效益指标", "村民取件平均距离缩短", "≥1公里"),
        ("满意度指标", "服务对象满意度指标", "村民取件满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(75), "B101", "error", note="财政拨款60+其他资金10=70≠75")
    money = [("资金总额", total, "其中：财政拨款", wan(60)), ("其他资金", wan(10), None, None)]
    project_head(
        s, year=2025, name="禾埠县村级服务点快递共配补贴", dept="禾埠县邮政管理局（118）",
        unit="禾埠县寄递物流服务中心", money=money,
        start=mk(day(2024, 3, 1), "Y101", "error", alt=("Y102",),
                 note="一年期2025年项目，开始日期仍是上一年的2024-03-01"),
        goals=["对快递企业村级共配按件补贴，全年补贴共配快件300万件。"], title="",
    )  # fmt: skip
    indicators(s, STACK_HEAD, [
        ("产出指标", "数量指标", "补贴共配快件量", "≥300万件"),
        (None, "质量指标", "补贴资金审核准确率", "=100%"),
        (None, "时效指标", "补贴按季兑付时间", "季度结束后30日内"),
        (None, "成本指标", "单件共配补贴标准", "≤0.2元/件", "300万件×0.2元=60万元"),
        ("效益指标", "社会效益指标", "共配覆盖行政村比例", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "快递企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "卓泊远", "0797-8820513", day(2024, 12, 2))
    return b
