"""Returns of the 146th held-out corpus with planted mistakes (mz11–mz18), each marked where a
careful reviewer flags it."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout146.common import footer, two_line_period_header
from tests.variants.holdout146.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct


@variant("mz11-inspection-response-ge", (11,), "project, OLD-NAT, one value column: a response "
         "time written with ≥ and a 完成率 given in 家次")  # fmt: skip
def mz11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="江屿县安全生产执法检查专项经费", dept="江屿县应急管理局（309）",
        unit="江屿县应急管理综合行政执法大队",
        money=[("年度资金总额", money(88, WAN), "其中：财政拨款", money(80, WAN)),
               ("其他资金", money(8, WAN))],
        goals=["2027年对辖区企业开展安全生产执法检查1200家次，危化品企业专项检查85家，"
               "重大事故隐患整改率98%以上，遏制较大生产安全事故。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "安全生产执法检查企业", "≥1200家次"),
            (None, None, "危化品企业专项检查", "≥85家"),
            (
                None,
                None,
                "年度执法检查计划完成率",
                mk("1200家次", "T105", "error", note="a 完成率 given as a count"),
            ),
            (None, "质量指标", "重大事故隐患整改率", "≥98%"),
            (
                None,
                "时效指标",
                "生产安全事故应急响应时间",
                mk("≥30分钟", "T108", "warning", row=True, note="a response time is 反向: ≤"),
            ),
            (None, None, "执法案件办结时间", "≤90天"),
            (None, "成本指标", "单家次执法检查成本", "≤600元/家次"),
            ("效益指标", "社会效益指标", "较大生产安全事故起数", "0起"),
            (None, "可持续影响指标", "企业安全风险分级管控和隐患排查治理机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "被检查企业满意度", "≥85%"),
        ],
        merged=(1, 2),
    )
    footer(s, "江屿县应急管理局", "韦思成", "0776-5213380", "2026年10月11日")
    return b


@variant("mz12-legal-aid-cost-over", (12,), "project, OLD-NAT, 计量单位 column: a subsidy per 件 × "
         "件数 far above the annual money, 资金总额 ≠ 财政拨款 + 其他资金")  # fmt: skip
def mz12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 30, 16, 12, 12))
    project_head(
        s, year=2027, name="鹤鸣县法律援助服务项目", dept="鹤鸣县司法局（128）",
        unit="鹤鸣县法律援助中心",
        money=[("年度资金总额", mk(money(130, WAN), "B101", "error",
                                  note="130 ≠ 100 + 20")),
               ("其中：财政拨款", money(100, WAN), "其他资金", money(20, WAN))],
        goals=["2027年办理法律援助案件1500件以上，困难群众应援尽援，受援人满意度90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", None)
    s.table(
        [
            ("产出指标", "数量指标", "办理法律援助案件", "≥1500", "件"),
            (None, None, "法律援助值班律师工作站", "≥12", "个"),
            (None, "质量指标", "法律援助案件质量评查合格率", "≥95", "%"),
            (None, "时效指标", "法律援助申请审查办结时间", "≤7", "工作日"),
            (
                None,
                "成本指标",
                "法律援助案件办案补贴标准",
                mk(
                    "≤2500",
                    "B107",
                    "warning",
                    row=True,
                    note="2500元/件 × 1500件 = 375万元 against an annual 130万元",
                ),
                "元/件",
            ),
            ("效益指标", "社会效益指标", "困难群众法律援助应援尽援率", "100", "%"),
            (None, "可持续影响指标", "法律援助工作站规范化建设达标率", "≥90", "%"),
            ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90", "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "鹤鸣县法律援助中心", "葛文瑞", "0745-3367721", "2026年10月8日")
    return b


@variant("mz13-warning-villages", (1,), "project, NAT-2021, one value column: a 覆盖率 given as a "
         "count of villages and a completion date after the one-year project")  # fmt: skip
def mz13() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="枫桥县气象预警信息进村入户工程", dept="枫桥县气象局（406）",
        unit="枫桥县气象台",
        money=[("年度资金总额", money(64, WAN), "其中：财政拨款", money(64, WAN)),
               ("其他资金", money(0, WAN))],
        goals=["2027年在全县126个行政村安装预警信息接收终端，完成预警发布系统升级，"
               "使预警信息及时送达村组和群众。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("成本指标", "经济成本指标", "预警接收终端购置安装费", "≤50万元"),
            ("产出指标", "数量指标", "安装预警信息接收终端", "≥126套"),
            (None, None, "开展预警信息员培训", "≥250人次"),
            (None, "质量指标", "预警接收终端运行正常率", "≥95%"),
            (
                None,
                "时效指标",
                "预警发布系统升级完成时间",
                mk(
                    "2028年6月30日前",
                    "Y102",
                    "error",
                    note="a one-year 2027 project cannot finish in 2028",
                ),
            ),
            (None, None, "预警信息发布到村用时", "≤15分钟"),
            (
                "效益指标",
                "社会效益指标",
                "行政村预警信息覆盖率",
                mk("≥126个行政村", "T105", "error", note="a 覆盖率 given as a count of villages"),
            ),
            (None, "可持续影响指标", "气象灾害预警信息员队伍", "稳定"),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "枫桥县气象台", "谭雅芙", "0575-8741029", "2026年10月16日")
    return b


@variant("mz14-seismic-annual-above", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "an annual count above its period count, a cumulative count copied into 年度")  # fmt: skip
def mz14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, years=3, name="石门市地震烈度速报与预警台站建设",
        dept="石门市地震监测中心（521）", unit="石门市地震监测中心", attr="新增项目",
        money=[("中期资金总额", money(1100, WAN), "年度资金总额", money(380, WAN)),
               ("其中：财政拨款", money(1100, WAN), "其中：财政拨款", money(380, WAN)),
               ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
        goals=["2027年—2029年建成烈度速报与预警台站40个，配套传感器120台套，"
               "台站数据传输率99%以上。",
               "2027年启动首批台站建设，完成选址勘测和设备采购。"],
    )  # fmt: skip
    two_line_period_header(s)
    s.table(
        [
            ("成本指标", "经济成本指标", "台站建设总成本", "≤1000万元", "≤380万元"),
            (
                "产出指标",
                "数量指标",
                "建成烈度速报与预警台站",
                "≥40个",
                mk("≥50个", "D201", "error", alt=("D104",), note="annual 50 above the period's 40"),
            ),
            (
                None,
                None,
                "配套烈度传感器",
                "≥120台套",
                mk("≥120台套", "D202", "warning", note="the period count copied into 年度"),
            ),
            (None, "质量指标", "台站数据传输率", "≥99%", "≥99%"),
            (None, "时效指标", "台站建设完成时间", "2029年11月30日前", "2027年11月30日前"),
            ("效益指标", "社会效益指标", "地震烈度速报产出时间", "≤5分钟", "≤5分钟"),
            (None, "可持续影响指标", "台站设备正常运行年限", "≥10年", "≥10年"),
            ("满意度指标", "服务对象满意度指标", "应急部门用户满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "石门市地震监测中心", "覃伟", "0736-7218845", "2026年9月2日")
    return b


@variant("mz15-fire-rate-ge", (11, 1), "project, NAT-2021, 比较符 and 计量单位 columns, percent "
         "cells: ≥ on a 事故率 and a 整改率 of ≥100%")  # fmt: skip
def mz15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 30, 10, 12, 12))
    project_head(
        s, year=2027, name="桐江县消防救援大队车辆安全管理与隐患整治",
        dept="桐江县消防救援大队（215）", unit="桐江县消防救援大队",
        money=[("年度资金总额", money(75, WAN), "其中：财政拨款", money(75, WAN)),
               ("其他资金", money(0, WAN))],
        goals=["2027年完成18辆消防车辆安全检测，开展火灾隐患排查整治2000家次，降低车辆事故和火灾风险。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("成本指标", "经济成本指标", "车辆安全检测和维修费", "≤", 36, "万元"),
            ("产出指标", "数量指标", "消防车辆安全检测", "≥", 18, "辆"),
            (None, None, "火灾隐患排查整治", "≥", 2000, "家次"),
            (None, None, "驾驶员安全培训", "≥", 60, "人次"),
            (
                None,
                "质量指标",
                "火灾隐患整改率",
                "≥",
                mk(pct(1), "T106", "error", row=True, note="≥100% on a capped rate"),
                "%",
            ),
            (
                None,
                None,
                "消防车辆行驶事故率",
                "≥",
                mk(pct(0.01), "T108", "warning", row=True, note="an accident rate is 反向: ≤"),
                "%",
            ),
            (None, "时效指标", "隐患整改复查时间", "≤", 7, "工作日"),
            ("效益指标", "社会效益指标", "较大火灾事故起数", "=", 0, "起"),
            (None, "可持续影响指标", "车辆安全管理制度", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "被检查单位满意度", "≥", pct(0.88), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "桐江县消防救援大队", "钟一鸣", "0570-6649032", "2026年10月22日")
    return b


@variant("mz16-police-department-money", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额 and the key tasks not adding to 金额合计")  # fmt: skip
def mz16() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2027, dept="雁栖县公安局",
        budget=[(mk(money(4200, WAN), "B101", "error", note="3100 + 1000 = 4100"),
                 money(4100, WAN), money(100, WAN), money(3100, WAN), money(1000, WAN))],
        tasks=[
            ("治安防控", "街面巡逻防控和重点部位守护", money(400, WAN),
             "开展街面巡逻3600场次以上"),
            ("打击犯罪", "打击电信网络诈骗等违法犯罪", money(350, WAN),
             "电信网络诈骗案件发案数同比下降10%以上"),
            ("交通管理", "道路交通秩序整治和设施维护", money(200, WAN),
             "较大道路交通事故零发生"),
            ("金额合计", None, mk(money(1000, WAN), "B102", "error",
                                 note="400 + 350 + 200 = 950"), None),
        ],
        goal="目标1：维护社会治安稳定，提升群众安全感；目标2：严厉打击违法犯罪；"
        "目标3：保障道路交通安全畅通。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "街面巡逻", "≥3600场次"),
            (None, None, "开展反诈宣传活动", "≥150场"),
            (None, "质量指标", "命案破案率", "100%"),
            (None, None, "刑事案件现场勘查率", "≥95%"),
            (None, "时效指标", "城区接警到场时间", "≤15分钟"),
            ("成本指标", "经济成本指标", "项目支出成本控制数", "≤1000万元"),
            ("效益指标", "社会效益指标", "电信网络诈骗案件发案数同比下降率", "≥10%"),
            (None, None, "较大道路交通事故起数", "0起"),
            (None, "可持续影响指标", "立体化治安防控体系", "健全"),
            ("满意度指标", "服务对象满意度指标", "群众安全感满意度", "≥95%"),
        ],
        merged=(1, 2),
    )
    footer(s, "雁栖县公安局", "庄海峰", "0313-2290451", "2026年11月19日")
    return b


@variant("mz17-drill-duplicate", (4,), "project, OLD-NAT, one value column: the drill count given "
         "twice with different values, no 满意度指标 tier")  # fmt: skip
def mz17() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="沙洲区防汛防台应急演练", dept="沙洲区应急管理局（317）",
        unit="沙洲区应急管理局",
        money=[("年度资金总额", money(38, WAN), "其中：财政拨款", money(38, WAN)),
               ("其他资金", money(0, WAN))],
        goals=["汛前组织防汛防台应急演练24场，转移避险演练覆盖沿江沿海10个街道，提高群众转移避险能力。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "防汛防台应急演练场次", "≥24场"),
            (None, None, "演练覆盖街道", "≥10个"),
            (None, None, "参演群众", "≥2500人次"),
            (
                None,
                None,
                mk(
                    "防汛防台应急演练场次",
                    "D102",
                    "error",
                    row=True,
                    alt=("D103", "D104"),
                    note="the same count again, 30 against 24",
                ),
                "≥30场",
            ),
            (None, "质量指标", "演练预案备案率", "100%"),
            (None, "时效指标", "演练完成时间", "2027年5月31日前"),
            (None, "成本指标", "单场演练平均成本", "≤1.2万元/场"),
            ("效益指标", "社会效益指标", "群众转移避险知识知晓率", "≥85%"),
            (None, None, "汛期因灾死亡人数", "0人"),
            (None, "可持续影响指标", "基层防汛防台应急预案体系", "健全"),
        ],
        merged=(1, 2),
    )
    b.file_mark("F106", "error", note="no 满意度指标 though the drills have participants")
    footer(s, "沙洲区应急管理局", "温清扬", "0577-8865014", "2026年10月25日")
    return b


@variant("mz18-stock-unit-conflict", (1,), "project, OLD-NAT, 指标值 and 计量单位 columns: 万件 "
         "in a value whose unit column says 台套, a 完好率 of 105%")  # fmt: skip
def mz18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 32, 14, 12, 16))
    project_head(
        s, year=2027, name="星潭市市级应急物资储备库运行", dept="星潭市应急管理局（035）",
        unit="星潭市应急物资储备库",
        money=[("年度资金总额", money(410, WAN), "其中：财政拨款", money(400, WAN)),
               ("其他资金", money(10, WAN))],
        goals=["2027年储备救灾物资12万件、应急抢险装备320台套，物资完好率98%以上，"
               "灾后24小时内将物资调运到位。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", None)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "救灾物资储备",
                mk("≥12万件", "T112", "error", note="万件 in the value, 台套 in the unit column"),
                "台套",
            ),
            (None, None, "应急抢险装备储备", "≥320", "台套"),
            (
                None,
                "质量指标",
                "储备物资完好率",
                mk(
                    pct(1.05),
                    "T106",
                    "error",
                    row=True,
                    alt=("D104",),
                    note="105% on a capped rate (the goal says 98%以上)",
                ),
                "%",
            ),
            (None, None, "物资出入库登记准确率", "≥99%", "%"),
            (None, "时效指标", "灾后物资调运到达时间", "≤24", "小时"),
            (None, "成本指标", "储备库运行管理费", "≤35", "万元"),
            ("效益指标", "社会效益指标", "受灾群众基本生活救助覆盖率", "≥95%", "%"),
            (None, "可持续影响指标", "物资轮换更新机制", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "受灾群众满意度", "≥90%", "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "星潭市应急物资储备库", "苗子涵", "0731-4415208", "2026年10月13日")
    return b
