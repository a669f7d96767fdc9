"""One-year project tables pasted from Word and PDF (nv01–nv08)."""
# ruff: noqa: E501  (rows of CJK text are kept one indicator a line, as the tables read)

from __future__ import annotations

from tests.variants.holdout168.common import fw, project_head, sheet, tail, two, w
from tests.variants.holdout168.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("nv01-shifted-explain-unit-column", (1, 4, 9),
         "one-year project, NAT-2021, the whole table two empty columns to the right, a 指标解释 "
         "column between name and value, the operator in the value and the unit in 计量单位, a "
         "填报人 block below")  # fmt: skip
def nv01() -> Book:
    b = Book()
    c = 3
    s = sheet(b, "Sheet1", c, (14, 16, 24, 30, 14, 12))
    project_head(s, col=c, width=6, year=2026, name="岚溪县农村公路日常养护",
                 dept="岚溪县交通运输局", unit="岚溪县公路养护中心", attr="常年项目",
                 money_rows=[("年度资金总额", w(360), "其中：财政拨款", w(330)),
                             (None, None, "其他资金", w(30))],
                 goals=["完成全县农村公路日常养护412公里，加固危桥6座，优良中等路率不低于85%，"
                        "保障沿线群众安全便捷出行。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标解释", "指标值", "计量单位", col=c)
    s.table(
        [
            ("产出指标", "数量指标", "农村公路日常养护里程", "纳入年度养护计划的县道、乡道、村道里程", "≥412", "公里"),
            (None, None, "危桥加固改造", "年度内完成加固并通过验收的桥梁座数", "≥6", "座"),
            (None, "质量指标", "优良中等路率", "技术状况评定为优、良、中等的里程÷养护总里程×100%", "≥85", "%"),
            (None, None, "加固桥梁验收合格率", "验收合格的加固桥梁÷完成加固的桥梁×100%", "=100", "%"),
            (None, "时效指标", "危桥加固完工时间", "最后一座危桥完成加固并交工的时间", "2026年10月31日前", None),
            ("成本指标", "经济成本指标", "农村公路日常养护单价", "每公里农村公路年日常养护费用", "≤7000", "元/公里"),
            (None, None, "单座危桥加固成本", "每座危桥加固工程费用", "≤11", "万元/座"),
            ("效益指标", "社会效益指标", "沿线行政村通畅率", "养护路段畅通的行政村÷沿线行政村×100%", "≥98", "%"),
            (None, "可持续影响指标", "农村公路养护长效机制", "县乡村三级路长制养护责任落实情况", "健全", None),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "抽样调查满意人数÷调查人数×100%", "≥90", "%"),
        ],
        merged=(1, 2),
        col=c,
    )  # fmt: skip
    tail(s, c, 2026, "周晓岚", "0736-4418265")
    return b


@variant("nv02-two-row-fullwidth-oldnat", (5, 9),
         "one-year project, OLD-NAT (成本 under 产出), each indicator over two physical rows (name, "
         "then value), tier cells merged over both, full-width digits, line breaks in names")  # fmt: skip
def nv02() -> Book:
    b = Book()
    s = sheet(b, "Sheet1", 1, (14, 16, 30, 18, 14, 14))
    project_head(s, col=1, width=6, year=2026, name="松岙镇农村生活污水处理设施运维",
                 dept="松岙镇人民政府", unit="松岙镇农业农村办公室", attr="常年项目",
                 money_rows=[("年度资金总额", w(85), "其中：财政拨款", w(70)),
                             (None, None, "其他资金", w(15))],
                 goals=["保障全镇42座农村生活污水处理设施正常运行，出水水质达标率不低于90%，"
                        "改善农村人居环境。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            *two("产出指标", "数量指标", "农村生活污水处理\n设施运维座数", fw("≥42座")),
            *two(None, None, "管网巡查\n次数", fw("≥12次")),
            *two(None, "质量指标", "出水水质\n达标率", fw("≥90%")),
            *two(None, "时效指标", "故障处置\n响应时间", fw("≤24小时")),
            *two(None, "成本指标", "单座设施年运维\n费用", fw("≤18000元/座")),
            *two("效益指标", "社会效益指标", "受益\n农户", fw("≥3600户")),
            *two(None, "生态效益指标", "化学需氧量（COD）\n年削减量", fw("≥150吨")),
            *two(None, "可持续影响指标", "设施长效运维\n机制", "建立并执行"),
            *two("满意度指标", "服务对象满意度指标", "受益农户\n满意度", fw("≥90%")),
        ],
        merged=(1, 2),
    )
    tail(s, 1, 2026, "钱慧敏", "0579-3362104")
    return b


@variant("nv03-two-row-fullwidth-wrong", (9, 12),
         "one-year project, NAT-2021, two physical rows per indicator, full-width digits: the "
         "money does not add up and a 合格率 is ≥１０５％")  # fmt: skip
def nv03() -> Book:
    b = Book()
    s = sheet(b, "Sheet1", 1, (14, 16, 30, 18, 14, 14))
    project_head(s, col=1, width=6, year=2026, name="白鹭湾区社区养老服务站运营补助",
                 dept="白鹭湾区民政局", unit="白鹭湾区养老服务指导中心",
                 money_rows=[("年度资金总额", mk(w(120), "B101", "error", note="100 + 15 = 115"),
                              "其中：财政拨款", w(100)),
                             (None, None, "其他资金", w(15))],
                 goals=["对全区18个社区养老服务站给予运营补助，提供助餐服务不少于26000人次。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            *two("产出指标", "数量指标", "运营补助社区\n养老服务站", fw("≥18个")),
            *two(None, None, "助餐服务\n人次", fw("≥26000人次")),
            *two(
                None,
                "质量指标",
                "服务站消防设施\n验收合格率",
                mk(fw("≥105%"), "T106", "error", note="a 合格率 cannot pass 100 %"),
            ),
            *two(None, "时效指标", "运营补助资金\n拨付时间", fw("2026年6月30日前")),
            *two("成本指标", "经济成本指标", "单站年运营\n补助标准", fw("≤5万元/站")),
            *two("效益指标", "社会效益指标", "独居老人定期\n探访率", fw("≥95%")),
            *two(None, "可持续影响指标", "服务站运营管理\n制度", "健全"),
            *two("满意度指标", "服务对象满意度指标", "服务老人\n满意度", fw("≥90%")),
        ],
        merged=(1, 2),
    )
    tail(s, 1, 2026, "孙立群", "0598-7713520")
    return b


@variant("nv04-fullwidth-operator-column", (1, 11),
         "one-year project, NAT-2021, a 指标解释 column, operators in their own column written "
         "＞＝ / ＜＝ / ＝ and ≥, bare numbers, a unit column; =0起 on an accident count")  # fmt: skip
def nv04() -> Book:
    b = Book()
    s = sheet(b, "Sheet1", 1, (14, 16, 24, 28, 10, 12, 12))
    project_head(s, col=1, width=7, year=2026, name="青岚市城区公共自行车系统运营",
                 dept="青岚市城市管理局", unit="青岚市公共交通服务中心", attr="常年项目",
                 money_rows=[("年度资金总额", w(240), "其中：财政拨款", w(200)),
                             (None, None, "其他资金", w(40))],
                 goals=["保障城区320个公共自行车站点、6000辆车辆正常运营，方便市民绿色出行。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标解释", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "公共自行车站点运营数", "处于运营状态的站点个数", "＞＝", 320, "个"),
            (None, None, "投放车辆数", "年末在网运营车辆数", "＞＝", 6000, "辆"),
            (None, "质量指标", "车辆完好率", "完好车辆÷投放车辆×100%", "＞＝", 95, "%"),
            (None, None, "站点在线率", "联网在线站点÷站点总数×100%", "≥", 98, "%"),
            (None, "时效指标", "故障车辆调度回收时间", "接报至回收入库的时间", "＜＝", 24, "小时"),
            ("成本指标", "经济成本指标", "单车年运营维护成本", "运营维护费用÷投放车辆数", "＜＝", 350, "元/辆"),
            ("效益指标", "社会效益指标", "日均骑行量", "全年骑行人次÷运营天数", "＞＝", 15000, "人次"),
            (None, None, "骑行安全责任事故", "因运营方责任发生的骑行安全事故", "＝", 0, "起"),
            (None, "生态效益指标", "年减少碳排放量", "按骑行里程折算的减排量", "＞＝", 800, "吨"),
            ("满意度指标", "服务对象满意度指标", "市民骑行满意度", "问卷调查满意人数÷调查人数×100%", "＞＝", 90, "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    tail(s, 1, 2026, "吴泽宇", "0731-2286459")
    return b


@variant("nv05-line-breaks-in-values-footnotes", (1, 4),
         "one-year project, OLD-NAT, line breaks inside values (number │ unit, value │ 依据), "
         "percent cells, footnotes and a 填报人 block below")  # fmt: skip
def nv05() -> Book:
    b = Book()
    s = sheet(b, "Sheet1", 1, (14, 16, 30, 18, 14, 14))
    project_head(s, col=1, width=6, year=2026, name="枫港区中小学校园食堂食品安全监测",
                 dept="枫港区教育局", unit="枫港区学校后勤服务中心",
                 money_rows=[("年度资金总额", w(68), "其中：财政拨款", w(68)),
                             (None, None, "其他资金", w(0))],
                 goals=["对全区中小学校园食堂开展食品安全抽检不少于600批次，守住校园食品安全底线。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "校园食堂抽检批次", "≥600\n批次"),
            (None, None, "抽检覆盖学校数", "≥85所"),
            (None, "质量指标", "检测结果准确率", "≥98%\n（行业标准）"),
            (None, None, "不合格样品处置率", pct(1.0)),
            (None, "时效指标", "检测报告出具时间", "≤7\n个工作日"),
            (None, "成本指标", "单批次检测费用", "≤1000\n元/批次"),
            ("效益指标", "社会效益指标", "学校食堂量化分级A级占比", "≥60%"),
            (None, "可持续影响指标", "校园食品安全监测机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%\n（历史标准）"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("注：1. 本表金额单位为万元；2. 指标值后括号内为指标值设定依据。", merge=[(1, 6)])
    tail(s, 1, 2026, "郑雨桐", "0662-5507183")
    return b


@variant("nv06-unit-column-conflict-direction", (1, 11),
         "one-year project, NAT-2021, operator in the value and unit in 计量单位: a value in 公里 "
         "over a unit column of 个, and ＞＝ on a 投诉率")  # fmt: skip
def nv06() -> Book:
    b = Book()
    s = sheet(b, "Sheet1", 1, (14, 16, 28, 16, 12, 14))
    project_head(s, col=1, width=6, year=2026, name="苇塘县城区雨污分流改造",
                 dept="苇塘县住房和城乡建设局", unit="苇塘县市政工程管理所", attr="新增项目",
                 money_rows=[("年度资金总额", w(900), "其中：财政拨款", w(700)),
                             (None, None, "其他资金", w(200))],
                 goals=["完成城区12公里雨污分流管网改造，涉及小区15个，提高城区污水集中收集水平。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "雨污分流改造管网长度",
             mk("≥12公里", "T112", "error", note="公里 in the value, 个 in the unit column"), "个"),
            (None, None, "改造小区", "≥15", "个"),
            (None, "质量指标", "管道闭水试验合格率", "≥98", "%"),
            (None, "时效指标", "管网改造完工时间", "2026年11月30日前", None),
            ("成本指标", "经济成本指标", "每公里管网改造成本", "≤60", "万元/公里"),
            ("效益指标", "社会效益指标", "城区污水集中收集率", "≥85", "%"),
            (None, None, "管网改造群众投诉率",
             mk("＞＝3", "T108", "warning", row=True, note="a 投诉率 is 反向: ≤ meant"), "%"),
            (None, "生态效益指标", "主要河道断面水质达标率", "≥90", "%"),
            (None, "可持续影响指标", "管网运维管护机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90", "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    tail(s, 1, 2026, "冯嘉怡", "0558-6620947")
    return b


@variant("nv07-shifted-two-row-zero-growth", (5, 9),
         "one-year project, NAT-2021, the table two empty columns to the right, two physical rows "
         "per indicator, a 化肥使用量增长率 ≤0% (the 零增长 target)")  # fmt: skip
def nv07() -> Book:
    b = Book()
    c = 3
    s = sheet(b, "Sheet1", c, (14, 16, 30, 18, 14, 14))
    project_head(s, col=c, width=6, year=2026, name="岚溪县化肥农药减量增效示范",
                 dept="岚溪县农业农村局", unit="岚溪县农业技术推广中心", attr="延续项目",
                 money_rows=[("年度资金总额", w(150), "其中：财政拨款", w(150)),
                             (None, None, "其他资金", w(0))],
                 goals=["建设绿色防控示范区8个，推广测土配方施肥12万亩，示范区化肥使用量零增长。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", col=c)
    s.table(
        [
            *two("产出指标", "数量指标", "测土配方施肥\n技术推广面积", fw("≥12万亩")),
            *two(None, None, "绿色防控\n示范区", fw("≥8个")),
            *two(None, "质量指标", "配方肥\n到位率", fw("≥90%")),
            *two(None, "时效指标", "示范区建设\n完成时间", fw("2026年9月30日前")),
            *two("成本指标", "经济成本指标", "示范区建设\n补助标准", fw("≤10万元/个")),
            *two("效益指标", "经济效益指标", "示范区亩均\n节本增效", fw("≥50元/亩")),
            *two(None, "生态效益指标", "示范区化肥使用量\n增长率", fw("≤0%")),
            *two(None, "可持续影响指标", "可复制推广的\n减量技术模式", fw("≥3项")),
            *two("满意度指标", "服务对象满意度指标", "示范区农户\n满意度", fw("≥88%")),
        ],
        merged=(1, 2),
        col=c,
    )
    tail(s, c, 2026, "蒋思远", "0745-3381726")
    return b


@variant("nv08-explain-column-fullwidth-wrong", (9,),
         "one-year project, NAT-2021, a 指标解释 column, full-width digits: a 覆盖率 given in 个 "
         "and a completion date in the year before the budget year")  # fmt: skip
def nv08() -> Book:
    b = Book()
    s = sheet(b, "Sheet1", 1, (14, 16, 24, 30, 18, 12))
    project_head(s, col=1, width=6, year=2026, name="苇塘县农村学校智慧教育提升",
                 dept="苇塘县教育局", unit="苇塘县教育技术装备中心", attr="新增项目",
                 money_rows=[("年度资金总额", w(260), "其中：财政拨款", w(200)),
                             (None, None, "其他资金", w(60))],
                 goals=["2026年为农村学校建成智慧教室40间，推动优质课程资源城乡共享。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标解释", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "智慧教室建设数量", "建成并投入使用的智慧教室间数", fw("≥40间")),
            (None, None, "教学点千兆网络覆盖率", "接入千兆网络的教学点÷全县教学点×100%",
             mk(fw("≥30个"), "T105", "error", note="a 覆盖率 needs a %")),
            (None, "质量指标", "设备验收合格率", "验收合格设备÷到货设备×100%", fw("100%")),
            (None, "时效指标", "智慧教室建成时间", "全部智慧教室交付使用的时间",
             mk(fw("2025年12月31日前"), "Y102", "error", alt=("Y101",), note="before the 2026 budget year")),
            ("成本指标", "经济成本指标", "每间智慧教室建设成本", "设备购置及安装费用÷建设间数", fw("≤5万元/间")),
            ("效益指标", "社会效益指标", "常态化使用智慧教室开课比例", "使用智慧教室的课时÷总课时×100%", fw("≥80%")),
            (None, "可持续影响指标", "设备运维管理制度", "设备日常维护与管理责任落实情况", "健全"),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "抽样调查满意人数÷调查人数×100%", fw("≥90%")),
        ],
        merged=(1, 2),
    )  # fmt: skip
    tail(s, 1, 2026, "韩子墨", "0719-4463018")
    return b
