"""Contract, lease and maintenance money against the total: 测算依据 blocks, a three-year
contract paid by the year, 中期/年度 money, stacked projects, department budgets with 占比 and
key tasks (qn13–qn18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout238.common import (
    ONE,
    OPS,
    TWO,
    book,
    dept_head,
    details,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout238.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("qn13-cloud-renewal-lines-short", (1, 12), "one-year project, OLD-NAT (成本指标 under "
         "产出), a lease block whose lines add to 324 under a 合计 of 342, a cost cap per 云主机 "
         "× count above the money")  # fmt: skip
def qn13() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="政务云租赁服务项目（续租）", dept="蒲湾县数据资源局（307）",
        unit="蒲湾县政务信息中心", money=one_year_money(wan(342), wan(342), wan(0)),
        goals=["2026年续租政务云主机350台、云存储600TB，提供云安全和运维服务，保障全县业务系统"
               "稳定运行，云平台可用率不低于99.9%。"],
    )  # fmt: skip
    details(s, [
        ("云主机租赁", wan(210), "350台×0.6万元/台·年"),
        ("云存储租赁", wan(48), "600TB×0.08万元/TB·年"),
        ("云安全服务", wan(36), "云防火墙、主机防护、日志审计"),
        ("运维服务", wan(30), "7×24小时值守"),
    ], mk(wan(342), "B102", "error", alt=("B101",), note="the lines add up to 324"))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "租用政务云主机", "≥350台"),
        (None, None, "租用云存储容量", "≥600TB"),
        (None, "质量指标", "云平台服务可用率", "≥99.9%"),
        (None, "时效指标", "云资源开通时限", "≤1个工作日"),
        (None, "成本指标", "单台云主机年租赁成本",
         mk("≤1.2万元/台", "B107", "warning", row=True,
            note="1.2万元 × 350台 = 420万元 above the 342万元 of the project")),
        ("效益指标", "社会效益指标", "业务系统上云运行率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "云资源使用单位满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "冉思齐", "古立群", "0745-71307260")
    return b


@variant("qn14-video-contract-three-years", (1, 12), "three-year maintenance contract 2026–2028, "
         "中期/年度 money (900 / 300), an annual 测算依据 block adding to 300, a footnote on the "
         "contract, costs per 路 equal in both columns, counts smaller in the year "
         "(correct)")  # fmt: skip
def qn14() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 20, 20, 14))
    project_head(
        s, year=2026, years=3, name="视频监控联网运维服务项目", dept="荻川县公安局（221）",
        unit="荻川县公安局科技通信科",
        money=period_money((wan(900), wan(900), wan(0)), (wan(300), wan(300), wan(0))),
        goals=["2026—2028年对全县2400路联网视频点位提供运维服务，点位在线率保持95%以上，"
               "三年协助破案450起以上。",
               "2026年完成全部点位运维交接，全年巡检28800次，协助破案150起以上。"],
    )  # fmt: skip
    details(s, [
        ("视频点位运维", wan(240), "2400路×1000元/路·年"),
        ("光纤链路租赁", wan(48), "120条×0.4万元/条·年"),
        ("备品备件", wan(12), "摄像机、光端机等易损件"),
    ], wan(300), label="年度资金测算")  # fmt: skip
    note(s, "注：运维服务合同总金额900万元，合同期三年，按年度支付，每年300万元。")
    indicators(s, TWO, [
        ("产出指标", "数量指标", "视频点位巡检次数", "≥86400次", "≥28800次"),
        (None, "质量指标", "视频点位在线率", "≥95%", "≥95%"),
        (None, None, "录像保存完整率", "≥98%", "≥98%"),
        (None, "时效指标", "故障点位修复时长", "≤24小时", "≤24小时"),
        ("成本指标", "经济成本指标", "单路点位年运维费", "≤1000元/路", "≤1000元/路"),
        ("效益指标", "社会效益指标", "视频图像协助破案数", "≥450起", "≥150起"),
        ("满意度指标", "服务对象满意度指标", "公安业务部门满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "滕书远", "方静宜", "0736-52221947")
    return b


@variant("qn15-one-network-upgrade-year-over", (11, 12), "two-year project 2026–2027, 中期/年度 "
         "money with the annual total above the period total, a cost per 事项 with ≥ in the "
         "year")  # fmt: skip
def qn15() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 20, 20))
    project_head(
        s, year=2026, years=2, attr="新增项目", name="“一网通办”平台升级改造项目",
        dept="柘川市政务服务数据管理局（231）", unit="柘川市政务服务中心",
        money=period_money((wan(560), wan(500), wan(60)),
                           (mk(wan(620), "B103", "error", note="above the 560万元 period total"),
                            wan(560), wan(60))),
        goals=["2026—2027年完成1200项政务服务事项接入改造，全程网办率达到80%，申请材料精简40%。",
               "2026年完成700项事项接入改造，全程网办率达到70%，页面响应不超过2秒。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "完成接入改造的政务服务事项", "≥1200项", "≥700项"),
        (None, "质量指标", "改造事项全程网办率", "≥80%", "≥70%"),
        (None, "时效指标", "平台页面平均响应时间", "≤2秒", "≤2秒"),
        ("成本指标", "经济成本指标", "单事项接入改造成本", "≤0.4万元/项",
         mk("≥0.4万元/项", "T108", "warning", row=True, alt=("D203",),
            note="a cost cap is 反向: ≤0.4万元/项 as in the period column")),
        ("效益指标", "社会效益指标", "申请材料精简率", "≥40%", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "办事企业和群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎承宇", "傅婉清", "0718-42231685")
    return b


@variant("qn16-cloud-and-protection-stacked", (1, 12), "two one-year projects stacked in one "
         "sheet, each with its own head and money: inline operators (≥99.95%), then an operator "
         "column with typed percentages; costs per unit within each project (correct)")  # fmt: skip
def qn16() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="政务云资源扩容租赁项目", dept="沅北县数据资源局（415）",
        unit="沅北县大数据发展中心", money=one_year_money(wan(126), wan(126), wan(0)),
        goals=["2026年新增租用云服务器150台，云平台可用率不低于99.95%，资源开通1个工作日内完成。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新增租用云服务器", "≥150台"),
        (None, "质量指标", "云平台服务可用率", "≥99.95%"),
        (None, "时效指标", "云资源开通时限", "≤1个工作日"),
        ("成本指标", "经济成本指标", "单台云服务器年租赁费", "≤0.8万元/台"),
        ("效益指标", "社会效益指标", "政务系统集约化部署率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "云资源使用部门满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    note(s, "（二）网络安全等级保护测评项目")
    project_head(
        s, year=2026, title="", name="网络安全等级保护测评项目", dept="沅北县数据资源局（415）",
        unit="沅北县大数据发展中心", money=one_year_money(wan(54), wan(50), wan(4)),
        goals=["2026年完成18个信息系统等级保护测评，整改完成率95%以上，报告15个工作日内出具。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "完成测评的信息系统", "≥", 18, "个"),
        (None, "质量指标", "应测系统测评覆盖率", "=", pct(1), "%"),
        (None, None, "测评问题整改完成率", "≥", pct(0.95), "%"),
        (None, "时效指标", "测评报告出具时限", "≤", 15, "个工作日"),
        ("成本指标", "经济成本指标", "单个系统测评费用", "≤", 2.5, "万元/个"),
        ("效益指标", "社会效益指标", "重大网络安全事件", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "被测评单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "彭嘉言", "宋临川", "0737-48415203")
    return b


@variant("qn17-data-bureau-tasks-over", (12, 13), "department table with 占比 and key tasks: "
         "tasks adding to 860 under a 金额合计 of 820, a 基本支出 share 43.4% for 34.4%, a tier-2 "
         "row left empty")  # fmt: skip
def qn17() -> Book:
    b, s = book("Sheet1")
    dept_head(
        s, year=2026, dept="沅北县数据资源局",
        amounts=(wan(1250), wan(1180), wan(70), wan(430), wan(820)),
        shares=(pct(1), pct(0.944, "0.0%"), pct(0.056, "0.0%"),
                mk(pct(0.434, "0.0%"), "B111", "error", note="430 ÷ 1250 = 34.4%"),
                pct(0.656, "0.0%")),
        tasks=[
            ("政务云租赁", "租用政务云主机260台及配套存储", wan(360), "云平台可用率99.9%以上"),
            ("数据共享平台运维", "数据归集、治理及接口服务", wan(260), "归集数据目录2600条"),
            ("视频监控联网", "9000路视频点位联网及链路", wan(240), "点位在线率95%以上"),
            ("金额合计", None, mk(wan(820), "B102", "error", alt=("B101",),
                                  note="the tasks add up to 860"), None),
        ],
        goal="2026年保障政务云、数据共享和视频联网三大平台稳定运行，政务数据共享调用量500万次以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "政务云主机保障数量", "≥260台"),
        (None, None, "归集政务数据目录", "≥2600条"),
        (None, None, "联网视频点位", "≥9000路"),
        (None, "质量指标", "政务云平台可用率", "≥99.9%"),
        (None, "时效指标", "共享数据申请办结时限", "≤3个工作日"),
        ("成本指标", "经济成本指标", "单路视频点位年联网费", "≤260元/路"),
        ("效益指标", "社会效益指标", "政务数据共享调用量", "≥500万次"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="a template row left empty"),
         None, None),
        ("满意度指标", "服务对象满意度指标", "数据使用部门满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "欧阳晴", "柯伯文", "0737-48415097")
    return b


@variant("qn18-service-bureau-points", (1, 12), "department table with 占比 rounded to 0.1% and "
         "tasks adding to 项目支出, tier labels with points (产出指标（45分）) and a 分值 column "
         "adding to them and to 100, pct(1) on a 通过率 (correct)")  # fmt: skip
def qn18() -> Book:
    b, s = book("Sheet1")
    dept_head(
        s, year=2026, dept="云岫市政务服务数据管理局",
        amounts=(wan(2360), wan(2210), wan(150), wan(880), wan(1480)),
        shares=(pct(1), pct(0.936, "0.0%"), pct(0.064, "0.0%"), pct(0.373, "0.0%"),
                pct(0.627, "0.0%")),
        tasks=[
            ("一网通办平台运维", "平台运维及事项标准化梳理", wan(520), "事项网上可办2100项"),
            ("政务云租赁", "租用政务云主机400台", wan(610), "云平台可用率99.9%以上"),
            ("网络安全等级保护", "重要系统测评及整改", wan(350), "测评通过率100%"),
            ("金额合计", None, wan(1480), None),
        ],
        goal="2026年政务服务事项网上可办2100项以上，全程网办率88%以上，政务云平台可用率99.9%以上。",
    )  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ("产出指标（45分）", "数量指标", "政务服务事项网上可办数", "≥2100项", 10),
        (None, None, "政务云主机保障数", "≥400台", 10),
        (None, "质量指标", "政务云平台可用率", "≥99.9%", 10),
        (None, None, "重要系统等级保护测评通过率", pct(1), 5),
        (None, "时效指标", "平台页面平均响应时间", "≤2秒", 10),
        ("成本指标（15分）", "经济成本指标", "单台云主机年租赁费", "≤1.4万元/台", 10),
        (None, None, "单个系统等级保护测评费", "≤3万元/个", 5),
        ("效益指标（30分）", "社会效益指标", "政务服务事项全程网办率", "≥88%", 10),
        (None, None, "企业群众办事平均跑动次数", "≤0.2次", 10),
        (None, "可持续影响指标", "政务数据安全管理制度", "健全", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "企业和群众满意度", "≥92%", 10),
    ])  # fmt: skip
    sign(s, "霍清扬", "鲁映秋", "0855-37231846")
    return b
