"""Tables from other tools with tier codes (1 / 1.1 / 1.1.1, 01 产出指标) and indicator codes
(ZB01-02), project and department forms."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout31.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

CODED_HEAD = ("编码", "一级指标", "编码", "二级指标", "指标编码", "三级指标", "比较符", "指标值",
              "计量单位")  # fmt: skip


@variant("io01-tier-codes-ok", (5,), "project, NAT-2021, a code column beside each tier label "
         "(1 / 1.1 / 1.1.1), operator and unit columns, percent cells")  # fmt: skip
def io01() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (6, 12, 6, 18, 9, 30, 8, 10, 10))
    project_head(s, year=2025, name="云岫县2025年高标准农田建设项目", dept="云岫县农业农村局",
                 unit="云岫县农田建设服务中心", attr="一次性项目",
                 money=[("年度资金总额", money(480), "其中：财政拨款", money(420)),
                        ("其他资金", money(60), None, None)],
                 goals=["新建高标准农田3200亩，配套灌溉渠道18.5公里，"
                        "项目区粮食亩均增产50公斤以上。"])  # fmt: skip
    s.skip()
    s.row("绩效指标", merge=[(1, 9)])
    s.row(*CODED_HEAD)
    s.table([
        ("1", "产出指标", "1.1", "数量指标", "1.1.1", "新建高标准农田面积", "≥", 3200, "亩"),
        (None, None, None, None, "1.1.2", "配套灌溉渠道长度", "≥", 18.5, "公里"),
        (None, None, "1.2", "质量指标", "1.2.1", "工程验收合格率", "≥", pct(0.98), "%"),
        (None, None, "1.3", "时效指标", "1.3.1", "项目建设完成及时率", "≥", pct(0.95), "%"),
        ("2", "成本指标", "2.1", "经济成本指标", "2.1.1", "高标准农田亩均建设成本", "≤", 1500,
         "元/亩"),
        ("3", "效益指标", "3.1", "经济效益指标", "3.1.1", "项目区粮食亩均增产", "≥", 50, "公斤"),
        (None, None, "3.2", "社会效益指标", "3.2.1", "受益农户数", "≥", 1850, "户"),
        (None, None, "3.3", "可持续影响指标", "3.3.1", "工程设计使用年限", "≥", 15, "年"),
        ("4", "满意度指标", "4.1", "服务对象满意度指标", "4.1.1", "受益农户满意度", "≥",
         pct(0.9), "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    s.skip()
    s.row("注：编码由预算管理一体化系统生成，请勿修改。", merge=[(1, 9)])
    return b


@variant("io02-indicator-codes-ok", (5, 1), "project, OLD-NAT, table from column B, tier labels "
         "written as 01 产出指标 / 0101 数量指标, indicator codes ZB01-02, "
         "direction column")  # fmt: skip
def io02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (3, 14, 18, 10, 30, 8, 10, 10, 10))
    s.row(None, "鹭汀县2026年度项目支出绩效目标表", merge=[(2, 9)])
    s.row(None, "项目名称", "农村适龄妇女两癌筛查", None, "主管部门", "鹭汀县卫生健康局",
          merge=[(3, 4), (6, 9)])  # fmt: skip
    s.row(None, "实施单位", "鹭汀县妇幼保健院", None, "项目属性", "常年项目",
          merge=[(3, 4), (6, 9)])  # fmt: skip
    s.row(None, "资金总额（万元）", money(185, WAN), None, "其中：财政拨款", money(185, WAN),
          "其他资金", money(0, WAN), merge=[(3, 4)])  # fmt: skip
    s.row(None, "年度目标", "完成农村适龄妇女宫颈癌、乳腺癌筛查12000人，异常人员全部随访管理。",
          merge=[(3, 9)])  # fmt: skip
    s.row(None, "一级指标", "二级指标", "指标代码", "三级指标", "比较符", "指标值", "计量单位",
          "指标方向")  # fmt: skip
    s.table([
        ("01 产出指标", "0101 数量指标", "ZB01-01", "两癌筛查人数", "≥", 12000, "人", "正向"),
        (None, None, "ZB01-02", "筛查异常人员随访人数", "≥", 600, "人", "正向"),
        (None, "0102 质量指标", "ZB02-01", "筛查结果告知率", "≥", pct(0.98), "%", "正向"),
        (None, None, "ZB02-02", "筛查信息录入准确率", "≥", pct(0.95), "%", "正向"),
        (None, "0103 时效指标", "ZB03-01", "筛查结果反馈时限", "≤", 15, "个工作日", "反向"),
        (None, "0104 成本指标", "ZB04-01", "人均筛查补助标准", "≤", 150, "元/人", "反向"),
        ("02 效益指标", "0201 社会效益指标", "ZB05-01", "两癌早诊率", "≥", pct(0.65), "%",
         "正向"),
        (None, "0202 可持续影响指标", "ZB06-01", "筛查工作长效机制", None, "健全", None, "定性"),
        ("03 满意度指标", "0301 服务对象满意度指标", "ZB07-01", "受检妇女满意度", "≥",
         pct(0.9), "%", "正向"),
    ], merged=(1, 2), col=2)  # fmt: skip
    return b


@variant("io03-tier-codes-defects", (5, 11, 1), "project, NAT-2021, codes inside the tier labels "
         "(1 产出指标, 1.1 数量指标): a tier-2 of 效益 numbered into 产出, "
         "a rate given as a count, a 投诉率 with ≥")  # fmt: skip
def io03() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 20, 9, 28, 8, 10, 10))
    s.title("2025年度项目支出绩效目标表", 7)
    s.row("项目名称", "石沔区职业技能提升培训", None, "主管部门", "石沔区人力资源和社会保障局",
          merge=[(2, 3), (5, 7)])  # fmt: skip
    s.row("资金总额（万元）", money(300), "财政拨款", money(260), "其他资金", money(40))
    s.row("年度绩效目标", "开展职业技能培训2400人次，参训人员取证率75%以上。", merge=[(2, 7)])
    s.row("一级指标", "二级指标", "指标编码", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("1 产出指标", "1.1 数量指标", "1.1.1", "职业技能培训人次", "≥", 2400, "人次"),
        (None, None, "1.1.2", "培训班期数", "≥", 40, "期"),
        (None, "1.2 质量指标", "1.2.1", "培训合格率", "≥", pct(0.9), "%"),
        (None, None, "1.2.2", "重点群体培训覆盖率", "≥",
         mk(30, "T105", "error", row=True, note="a rate given as 30 场"), "场"),
        (None, "1.3 时效指标", "1.3.1", "培训补贴发放及时率", "≥", pct(0.95), "%"),
        (None, mk("1.4 社会效益指标", "F105", "error", note="a 效益 tier-2 numbered into 产出"),
         "1.4.1", "参训人员就业率", "≥", pct(0.6), "%"),
        ("2 成本指标", "2.1 经济成本指标", "2.1.1", "人均培训成本", "≤", 1200, "元/人"),
        ("3 效益指标", "3.1 社会效益指标", "3.1.1", "参训人员取证率", "≥", pct(0.75), "%"),
        (None, "3.2 可持续影响指标", "3.2.1", "培训机构规范管理", "定性", "持续规范", None),
        ("4 满意度指标", "4.1 服务对象满意度指标", "4.1.1", "参训学员满意度", "≥", pct(0.9),
         "%"),
        (None, None, "4.1.2", "参训学员投诉率",
         mk("≥", "T108", "warning", row=True, note="a 反向 rate with ≥"), pct(0.05), "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("io04-row-codes-no-satisfaction", (5,), "project, NAT-2021, one code column (1.1.1) "
         "per row, no 满意度指标 for a bus service with riders, "
         "one indicator listed twice")  # fmt: skip
def io04() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (9, 14, 18, 30, 16))
    s.title("2026年度项目支出绩效目标表", 5)
    s.row("项目名称", "青槐市城乡公交运营补贴", None, "主管部门", "青槐市交通运输局")
    s.row("资金总额（万元）", money(1260), "财政拨款", money(1260), "其他资金：0")
    s.row("年度绩效目标", "保障城乡公交线路稳定运营，新开通城乡公交线路4条。", merge=[(2, 5)])
    s.row("编码", "一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("1.1.1", "产出指标", "数量指标", "城乡公交线路开通数", "≥4条"),
        ("1.1.2", None, None, "补贴车辆数", "≥96辆"),
        ("1.2.1", None, "质量指标", "公交车辆年检合格率", "≥98%"),
        ("1.3.1", None, "时效指标", "补贴资金拨付及时率", "≥95%"),
        ("2.1.1", "成本指标", "经济成本指标", "单车年均运营补贴", "≤13万元/辆"),
        ("3.1.1", "效益指标", "社会效益指标", "城乡公交年客运量", "≥320万人次"),
        ("3.1.2", None, None, mk("城乡公交线路开通数", "D101", "warning", row=True,
                                 alt=("D102",), note="listed twice (1.1.1)"), "≥4条"),
        ("3.2.1", None, "可持续影响指标", "城乡公交运营长效机制", "逐步完善"),
    ], merged=(2, 3))  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标: riders are identifiable users")
    return b


DEPT_HEAD = ("一级指标", "二级指标", "指标编码", "三级指标", "指标值", "备注")


@variant("io17-department-codes-ok", (5, 12), "department, NAT-2021, key tasks adding to the "
         "project spending, indicator codes CC01, values with operators inside")  # fmt: skip
def io17() -> Book:
    b = Book()
    s = b.sheet("部门整体", (18, 18, 12, 30, 16, 16))
    department_head(s, year=2026, dept="青槐市市场监督管理局", filled=day(2025, 10, 28),
                    budget=[(money(2860.5), money(2790.5), money(70), money(2140.5),
                             money(720))],
                    tasks=[("食品安全监督抽检", "全年抽检食品样品", money(320), "抽检≥1800批次"),
                           ("特种设备安全监察", "电梯、锅炉等监督检验", money(150),
                            "监察覆盖率100%"),
                           ("知识产权保护", "专利侵权纠纷调处", money(250), "纠纷按期办结"),
                           ("金额合计", None, money(720), None)],
                    goal="守住食品安全和特种设备安全底线，提升知识产权保护水平。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(*DEPT_HEAD)
    s.table([
        ("产出指标", "数量指标", "CC01", "食品安全监督抽检批次", "≥1800批次", None),
        (None, None, "CC02", "特种设备监督检查台次", "≥2600台次", None),
        (None, "质量指标", "CC03", "抽检不合格食品核查处置率", "=100%", "全部处置"),
        (None, "时效指标", "CC04", "专利侵权纠纷按期办结率", "≥95%", None),
        ("成本指标", "经济成本指标", "CC05", "食品抽检单批次检验费用", "≤1700元/批次", None),
        ("效益指标", "社会效益指标", "CC06", "区域内重大食品安全事故", "0起", "控制目标"),
        (None, "可持续影响指标", "CC07", "监管执法规范化水平", "持续提升", None),
        ("满意度指标", "服务对象满意度指标", "CC08", "市场主体满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("io18-department-codes-defects", (5, 12, 1), "department, NAT-2021, indicator codes: "
         "基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "a rate given as a count")  # fmt: skip
def io18() -> Book:
    b = Book()
    s = b.sheet("部门整体", (18, 18, 12, 30, 16, 16))
    department_head(s, year=2025, dept="柘岭镇综合行政执法队", filled=day(2024, 11, 12),
                    budget=[(mk(money(1520), "B101", "error", row=True,
                                note="1100 + 400 = 1500 ≠ 1520"), money(1450), money(70),
                             money(1100), money(400))],
                    tasks=[("市容秩序整治", "占道经营、违规广告整治", money(180), "整治≥400处"),
                           ("违法建设治理", "违建巡查与拆除", money(150), "新增违建零增长"),
                           ("执法装备更新", "执法记录仪及车辆", money(60), "装备配齐"),
                           ("金额合计", None, mk(money(400), "B102", "error", row=True,
                                                 note="180 + 150 + 60 = 390"), None)],
                    goal="规范镇区市容秩序，遏制违法建设。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(*DEPT_HEAD)
    s.table([
        ("产出指标", "数量指标", "ZF-01", "市容秩序整治点位", "≥400处", None),
        (None, None, "ZF-02", "违建巡查次数", "≥240次", "每周不少于5次"),
        (None, "质量指标", "ZF-03", "执法人员持证上岗率",
         mk("≥120人", "T105", "error", note="a rate given as a head count"), None),
        (None, "时效指标", "ZF-04", "投诉举报按时处置率", "≥95%", None),
        ("成本指标", "经济成本指标", "ZF-05", "单处违建拆除平均费用", "≤0.8万元/处", None),
        ("效益指标", "社会效益指标", "ZF-06", "新增违法建设面积", "0平方米", "零增长"),
        (None, "可持续影响指标", "ZF-07", "网格化巡查机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "ZF-08", "镇区居民满意度", "≥85%", None),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("填报人：", "吴某", "联系电话：", "0739-55126608", "审核人：", "（签字）")
    return b
