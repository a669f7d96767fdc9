"""Department returns (§3.2) and two project returns with money or rate slips: ln07–ln12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout108.common import W6, footer, one_year
from tests.variants.holdout108.registry import variant
from tests.variants.kit import WAN, YUAN, Book, day, mk, money, pct

P1 = "0.0%"


@variant("ln07-department-share-wrong", (12,), "department, NAT-2021, budget with a share row, "
         "key tasks with 金额合计; the share of 其他资金 does not match its amount")  # fmt: skip
def ln07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    department_head(
        s, year=2027, dept="鹭汀县市场监督管理局",
        budget=[
            [money(1250, WAN), money(1100, WAN), money(150, WAN), money(820, WAN),
             money(430, WAN)],
            [pct(1, P1), pct(0.88, P1),
             mk(pct(0.15, P1), "B111", "error", note="150 ÷ 1250 = 12.0%"),
             pct(0.656, P1), pct(0.344, P1)],
        ],
        tasks=[
            ["食品安全抽检", "全年抽检食品样品并公示结果", money(180, WAN), "抽检≥2600批次"],
            ["特种设备安全监察", "电梯、锅炉等特种设备监督检查", money(95, WAN),
             "检查≥1800台次"],
            ["市场主体信用监管", "双随机抽查与信用修复", money(70, WAN), "抽查≥900户"],
            ["计量器具检定", "集贸市场计量器具免费检定", money(85, WAN), "检定≥6000台件"],
            ["金额合计", None, money(430, WAN), None],
        ],
        goal="守住食品、特种设备安全底线，食品抽检合格率不低于97%，特种设备定期检验率达到100%，"
        "营造公平有序的市场环境。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ["产出指标", "数量指标", "食品安全抽检批次", "≥2600", "批次", None],
            [None, None, "特种设备监督检查", "≥1800", "台次", None],
            [None, None, "双随机抽查市场主体", "≥900", "户", None],
            [None, None, "集贸市场计量器具检定", "≥6000", "台件", None],
            [None, "质量指标", "食品抽检合格率", "≥97%", "%", None],
            [None, None, "特种设备定期检验率", "100%", "%", None],
            [None, "时效指标", "抽检结果公示时限", "≤20", "个工作日", None],
            ["成本指标", "经济成本指标", "每批次食品抽检费用", "≤690", "元", None],
            ["效益指标", "社会效益指标", "特种设备事故发生起数", "=0", "起", None],
            [None, None, "投诉举报按时办结率", "≥98%", "%", None],
            [None, "可持续影响指标", "信用监管机制", "持续完善", None, None],
            ["满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", "%", None],
            [None, None, "消费者满意度", "≥88%", "%", None],
        ],
        merged=(1, 2),
    )
    footer(s, "鹭汀县市场监督管理局", "贺文静", "0745-7230418")
    return b


@variant("ln08-department-ok", (12,), "department, NAT-2021, budget with shares to one decimal, "
         "tasks adding to 项目支出, 比较符 column with percent cells; correct")  # fmt: skip
def ln08() -> Book:
    b = Book()
    s = b.sheet("部门整体", W6)
    department_head(
        s, year=2027, dept="苍岩市自然资源和规划局",
        budget=[
            [money(2360, WAN), money(2100, WAN), money(260, WAN), money(1580, WAN),
             money(780, WAN)],
            [pct(1, P1), pct(0.89, P1), pct(0.11, P1), pct(0.669, P1), pct(0.331, P1)],
        ],
        tasks=[
            ["国土变更调查", "年度国土变更调查及成果更新", money(320, WAN), "完成全市变更调查"],
            ["耕地保护监测", "耕地卫片执法图斑核查", money(260, WAN), "核查图斑≥1500个"],
            ["不动产登记服务", "登记窗口运行与档案数字化", money(200, WAN),
             "数字化档案≥12万卷"],
            ["金额合计", None, money(780, WAN), None],
        ],
        goal="完成年度国土变更调查，耕地保有量不低于下达任务，不动产登记一般业务5个工作日内办结。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ["产出指标", "数量指标", "核查卫片执法图斑", "≥", 1500, "个"],
            [None, None, "不动产档案数字化", "≥", 12, "万卷"],
            [None, None, "变更调查覆盖乡镇（街道）", "=", 38, "个"],
            [None, "质量指标", "变更调查成果质检合格率", "=", pct(1), "%"],
            [None, None, "图斑核查准确率", "≥", pct(0.98), "%"],
            [None, "时效指标", "不动产登记一般业务办结时限", "≤", 5, "个工作日"],
            [None, None, "变更调查成果上报时间", "≤", "2027年12月15日", None],
            ["成本指标", "经济成本指标", "每个图斑核查成本", "≤", 1600, "元"],
            ["效益指标", "社会效益指标", "耕地保有量任务完成率", "=", pct(1), "%"],
            [None, "生态效益指标", "违法占用耕地面积下降率", "≥", pct(0.05), "%"],
            [None, "可持续影响指标", "国土调查数据年度更新机制", "定性", "健全", None],
            ["满意度指标", "服务对象满意度指标", "办事群众满意度", "≥", pct(0.92), "%"],
        ],
        merged=(1, 2),
    )
    footer(s, "苍岩市自然资源和规划局", "田一鸣", "0746-3385702")
    return b


@variant("ln09-duplicate-renamed", (2,), "department, NAT-2021, one value column with operators "
         "inline; an indicator given again under a slightly different name and value")  # fmt: skip
def ln09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    department_head(
        s, year=2027, dept="枫浦区应急管理局",
        budget=[[money(860, WAN), money(860, WAN), money(0, WAN), money(610, WAN),
                 money(250, WAN)]],
        tasks=[
            ["安全生产执法检查", "工矿商贸企业执法检查", money(120, WAN), "检查≥1200家次"],
            ["应急演练与培训", "综合应急演练、企业负责人培训", money(80, WAN), "演练≥20场"],
            ["应急物资储备", "补充防汛抗旱物资", money(50, WAN), "物资储备达标"],
            ["金额合计", None, money(250, WAN), None],
        ],
        goal="全年安全生产事故起数和死亡人数实现双下降，执法检查企业不少于1200家次，开展综合应急演练"
        "不少于20场。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", "指标值说明", None, merge=[(5, 6)])
    s.table(
        [
            ["产出指标", "数量指标", "工矿商贸企业执法检查", "≥1200家次", "含复查", None],
            [None, None, "综合应急演练场次", "≥20场", None, None],
            [None, None, "企业主要负责人培训", "≥600人", None, None],
            [None, None, "防汛抗旱物资储备品种", "≥35种", None, None],
            [
                None,
                None,
                mk(
                    "企业安全生产执法检查",
                    "D102",
                    "error",
                    row=True,
                    alt=("D103", "D101"),
                    note="与第一行同一指标，值却是 1500家次",
                ),
                "≥1500家次",
                None,
                None,
            ],
            [None, "质量指标", "执法检查问题隐患整改率", "≥95%", None, None],
            [None, "时效指标", "事故信息报送时限", "≤1小时", None, None],
            ["成本指标", "经济成本指标", "每家次执法检查成本", "≤1000元", None, None],
            ["效益指标", "社会效益指标", "生产安全事故死亡人数下降率", "≥5%", "比上年", None],
            [None, None, "重大事故发生起数", "0起", None, None],
            [None, "可持续影响指标", "应急物资储备管理制度", "健全", None, None],
            ["满意度指标", "服务对象满意度指标", "企业对执法服务满意度", "≥90%", None, None],
        ],
        merged=(1, 2),
    )
    footer(s, "枫浦区应急管理局", "陆国平", "0734-8126637")
    return b


@variant("ln10-flat-department-ok", (3,), "department, flat list (指标名称 · 计量单位 · 指标性质 "
         "as operator · 指标值 · 权重), weights add to 100; correct")  # fmt: skip
def ln10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (8, 34, 12, 12, 14, 10))
    s.title("2027年度部门整体支出绩效目标表", 6)
    s.row("部门名称", "洛川县档案馆", None, "填报日期", day(2026, 11, 18), None, merge=[(2, 3)])
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, money(312, WAN), money(312, WAN), money(0, WAN), money(236, WAN),
          money(76, WAN))  # fmt: skip
    s.ws.merge_cells(start_row=3, start_column=1, end_row=4, end_column=1)
    s.row("年度总体目标",
          "完成馆藏档案数字化18万画幅，接收进馆档案1.2万卷，档案利用服务3000人次以上。",
          merge=[(2, 6)])  # fmt: skip
    s.row("序号", "指标名称", "计量单位", "指标性质", "指标值", "权重")
    s.table(
        [
            [1, "馆藏档案数字化画幅", "万画幅", "≥", 18, 15],
            [2, "接收进馆档案", "万卷", "≥", 1.2, 10],
            [3, "档案利用服务人次", "人次", "≥", 3000, 10],
            [4, "档案库房温湿度达标率", "%", "≥", pct(0.95), 10],
            [5, "数字化成果质检合格率", "%", "≥", pct(0.98), 10],
            [6, "档案查阅申请办结时限", "个工作日", "≤", 3, 10],
            [7, "每万画幅数字化成本", "万元", "≤", 1.1, 10],
            [8, "档案安全事故", "起", "=", 0, 10],
            [9, "档案编研成果", "部", "≥", 2, 5],
            [10, "查档群众满意度", "%", "≥", pct(0.9), 10],
        ]
    )
    s.row(None, "合计", None, None, None, 100)
    footer(s, "洛川县档案馆", "廖佳音", "0743-6651029")
    return b


@variant("ln11-satisfaction-and-coverage", (1,), "project, OLD-NAT, values with operators and "
         "units inline; a 满意度 above 100% and a count under a 覆盖率")  # fmt: skip
def ln11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s, year=2027, name="潭川镇农村供水管网延伸工程", dept="潭川县水利局（406）",
        unit="潭川县农村供水管理站", money=one_year(380, 330, 50),
        goals=["新建供水主管网18公里、入户支管52公里，解决潭川镇6个行政村2100户农户安全饮水问题。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table(
        [
            ["产出指标", "数量指标", "新建供水主管网", "≥18公里", None, None],
            [None, None, "新建入户支管", "≥52公里", None, None],
            [None, None, "新增通水行政村", "=6个", None, None],
            [None, "质量指标", "工程验收合格率", "=100%", None, None],
            [None, None, "出厂水水质达标率", "≥95%", None, None],
            [None, "时效指标", "工程完工时间", "2027年10月31日前", None, None],
            [None, "成本指标", "每公里管网综合造价", "≤5.4万元", "含主管、支管", None],
            ["效益指标", "社会效益指标", "新增受益农户", "≥2100户", None, None],
            [
                None,
                None,
                mk("自来水入户覆盖率", "T105", "error", row=True, note="覆盖率写成 ≥95户"),
                "≥95户",
                None,
                None,
            ],
            [None, "可持续影响指标", "工程设计使用年限", "≥20年", None, None],
            [
                "满意度指标",
                "服务对象满意度指标",
                "受益农户满意度",
                mk("≥102%", "T106", "error", alt=("T114",), note="满意度不能超过 100%"),
                None,
                None,
            ],
        ],
        merged=(1, 2),
    )
    footer(s, "潭川县农村供水管理站", "肖卫东", "0737-5208841")
    return b


@variant("ln12-yuan-under-wan", (1, 12), "project, NAT-2021, 项目资金（万元） block with one "
         "amount formatted in 元; 比较符 column with percent cells")  # fmt: skip
def ln12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s, year=2027, name="白鹭洲湿地公园巡护与生态修复项目", dept="鹤坪县林业局（611）",
        unit="鹤坪县白鹭洲湿地公园管理处",
        money=[["年度资金总额", money(65, WAN), "其中：财政拨款", money(50, WAN)],
               ["其他资金", mk(money(150000, YUAN), "B105", "error",
                               note="万元栏里填了 150,000.00元"), None, None]],
        goals=["完成湿地日常巡护，修复退化湿地120亩，补植乡土水生植物3万株，湿地鸟类种数保持稳定。"],
    )  # fmt: skip
    b.file_mark("B101", "error", required=False, note="单位混用可能连带合计不符")
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ["产出指标", "数量指标", "修复退化湿地面积", "≥", 120, "亩"],
            [None, None, "补植乡土水生植物", "≥", 3, "万株"],
            [None, None, "全年巡护天数", "≥", 330, "天"],
            [None, "质量指标", "补植苗木成活率", "≥", pct(0.85), "%"],
            [None, None, "巡护记录完整率", "=", pct(1), "%"],
            [None, "时效指标", "生态修复完成时间", "≤", "2027年9月30日", None],
            ["成本指标", "经济成本指标", "每亩湿地修复成本", "≤", 3500, "元"],
            ["效益指标", "生态效益指标", "湿地鸟类种数", "≥", 96, "种"],
            [None, None, "修复区水质达标率", "≥", pct(0.9), "%"],
            [None, "社会效益指标", "周边居民湿地保护知晓率", "≥", pct(0.85), "%"],
            [None, "可持续影响指标", "湿地巡护长效机制", "定性", "健全", None],
            ["满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", pct(0.9), "%"],
        ],
        merged=(1, 2),
    )
    footer(s, "鹤坪县白鹭洲湿地公园管理处", "宁若溪", "0732-4470396")
    return b
