"""Project tables of cloud, security, video and data platforms, about availability and response
times: inline operators, an operator column (symbols or words) with percentages typed as Excel
stores them, and 中期/年度 columns (qn01–qn06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout238.common import (
    ONE_NOTE,
    OPS,
    TWO,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout238.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct


@variant("qn01-gov-cloud-lease", (1, 11), "one-year project, NAT-2021, inline operators and a "
         "设定依据 column: ≥99.9% availability, ≤15分钟, 7×24小时, a 下降率 with ≥, pct(1) "
         "(correct)")  # fmt: skip
def qn01() -> Book:
    b, s = book("项目绩效目标", (14, 16, 30, 18, 22))
    project_head(
        s, year=2026, name="岚溪县政务云租赁服务项目", dept="岚溪县数据资源局（412）",
        unit="岚溪县大数据发展中心", money=one_year_money(wan(286.5), wan(286.5), wan(0)),
        goals=["2026年租用政务云主机320台、云存储500TB，保障全县46个政务业务系统稳定运行，"
               "云平台服务可用率不低于99.9%，故障响应不超过15分钟。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"), [
        ("产出指标", "数量指标", "租用政务云主机数量", "≥320台", "计划标准"),
        (None, None, "租用云存储容量", "≥500TB", "计划标准"),
        (None, "质量指标", "云平台服务可用率", "≥99.9%", "租赁合同服务等级协议"),
        (None, None, "重要业务数据异地备份覆盖率", pct(1), "行业标准"),
        (None, "时效指标", "云平台故障响应时间", "≤15分钟", "租赁合同服务等级协议"),
        (None, None, "运维值守服务时段", ok("7×24小时", "info"), "租赁合同服务等级协议"),
        ("成本指标", "经济成本指标", "单台云主机年租赁费用", "≤0.75万元/台", "市场询价"),
        (None, None, "云存储年租赁单价", "≤0.08万元/TB", "市场询价"),
        ("效益指标", "社会效益指标", "县级政务业务系统上云率", "≥90%", "历史标准"),
        (None, "可持续影响指标", "自建机房年耗电量下降率", "≥20%", "历史标准"),
        ("满意度指标", "服务对象满意度指标", "云资源使用部门满意度", "≥90%", "行业标准"),
    ])  # fmt: skip
    sign(s, "顾以宁", "韦承泽", "0739-62418350")
    return b


@variant("qn02-one-network-typed-percent", (1, 11), "one-year project, NAT-2021, inline "
         "operators and a 备注 column: an availability typed 99.9 into a percent cell (9990.0%), "
         "a response time with ≥")  # fmt: skip
def qn02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 24))
    project_head(
        s, year=2026, name="政务服务“一网通办”平台运维项目", dept="云岫市政务服务管理局（208）",
        unit="云岫市政务服务中心", money=one_year_money(wan(158), wan(150), wan(8)),
        goals=["2026年保障“一网通办”平台接入政务服务事项1860项、全年网上办件42万件以上，"
               "平台可用率达到99.9%，页面平均响应时间控制在2秒以内。"],
    )  # fmt: skip
    indicators(s, ONE_NOTE, [
        ("产出指标", "数量指标", "平台接入政务服务事项", "≥1860项", None),
        (None, None, "年度网上办件量", "≥42万件", None),
        (None, "质量指标", "平台系统可用率",
         mk(pct(99.9, "0.0%"), "T106", "error", alt=("T116", "D104"),
            note="99.9 typed into a percent cell: shows 9990.0%"), "按月统计"),
        (None, "时效指标", "平台页面平均响应时间",
         mk("≥2秒", "T108", "warning", row=True, note="a response time is 反向: ≤2秒 meant"),
         "高峰时段抽测"),
        ("成本指标", "经济成本指标", "单件网办事项运维成本", "≤3.5元/件", "运维费÷办件量"),
        ("效益指标", "社会效益指标", "政务服务事项全程网办率", "≥85%", None),
        (None, None, "群众办事平均跑动次数", "≤0.3次", None),
        ("满意度指标", "服务对象满意度指标", "办事群众好差评满意率", "≥95%", None),
    ])  # fmt: skip
    sign(s, "付晓岚", "钟亦凡", "0855-37208164")
    return b


@variant("qn03-classified-protection-ops", (1, 11), "one-year project, NAT-2021, 比较符 and "
         "计量单位 columns holding typed percentages (pct(1), pct(0.98), pct(0.05)), a 误报率 "
         "with ≤, 0起 with =, a date value (correct)")  # fmt: skip
def qn03() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, name="网络安全等级保护测评及整改项目", dept="濑水县委网信办（105）",
        unit="濑水县网络安全应急指挥中心", money=one_year_money(wan(96), wan(96), wan(0)),
        goals=["2026年完成全县28个重要信息系统的等级保护测评，高危漏洞整改完成率98%以上，"
               "全年不发生重大网络安全事件。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "完成等级保护测评的信息系统", "≥", 28, "个"),
        (None, None, "开展渗透测试", "≥", 2, "次"),
        (None, "质量指标", "三级系统测评覆盖率", "=", pct(1), "%"),
        (None, None, "高危漏洞整改完成率", "≥", pct(0.98), "%"),
        (None, None, "安全设备告警误报率", "≤", pct(0.05), None),
        (None, "时效指标", "高危漏洞平均修复时长", "≤", 72, "小时"),
        (None, None, "测评报告出具时间", "≤", day(2026, 11, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "单个系统测评费用", "≤", 2.8, "万元/个"),
        ("效益指标", "社会效益指标", "重大网络安全事件发生起数", "=", 0, "起"),
        (None, "可持续影响指标", "网络安全管理制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "被测评单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    note(s, "注：比较符为“定性”的指标，指标值填写等级。")
    sign(s, "蒋慕白", "严书琪", "0731-59105276")
    return b


@variant("qn04-video-ops-word-operators", (1, 11), "one-year project, NAT-2021, operators in "
         "words in their own column, typed percentages: = on an 在线率, ≤ on a 成功率, a value "
         "in 天 against the unit column 小时")  # fmt: skip
def qn04() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="“雪亮工程”视频监控联网运维项目", dept="檀山区公安分局（317）",
        unit="檀山区公安分局科技信息化大队", money=one_year_money(wan(312), wan(300), wan(12)),
        goals=["2026年对全区2400路联网视频点位开展运维，前端点位在线率不低于95%，"
               "故障点位72小时内修复，视频图像协助破案150起以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"), [
        ("产出指标", "数量指标", "联网运维视频点位", "大于等于", 2400, "路"),
        (None, "质量指标", "前端点位在线率", "等于",
         mk(pct(0.95), "T107", "warning", row=True, alt=("T108",),
            note="= on a floor rate: 大于等于 meant"), "%"),
        (None, None, "录像数据备份恢复成功率", "小于等于",
         mk(pct(0.99), "T108", "warning", row=True, note="a 成功率 is 正向: 大于等于 meant"),
         "%"),
        (None, "时效指标", "故障点位平均修复时长", "小于等于",
         mk("3天", "T112", "error", row=True, note="3天 against the unit column 小时"), "小时"),
        ("成本指标", "经济成本指标", "单路点位年运维费", "小于等于", 1200, "元/路"),
        ("效益指标", "社会效益指标", "视频图像协助破案数", "大于等于", 150, "起"),
        ("满意度指标", "服务对象满意度指标", "公安业务部门满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "包振华", "卢静姝", "0591-86317025")
    return b


@variant("qn05-video-sharing-two-columns", (1, 11), "two-year project 2026–2027, NAT-2021, "
         "中期/年度 columns: counts smaller in the year, equal rates and times in both, a deadline "
         "date per column, a cost per 路 in both (correct)")  # fmt: skip
def qn05() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 20, 20))
    project_head(
        s, year=2026, years=2, attr="新增项目", name="城乡视频监控联网共享平台二期建设项目",
        dept="柘川市公安局（226）", unit="柘川市公安局指挥中心",
        money=period_money((wan(1480), wan(1300), wan(180)), (wan(860), wan(760), wan(100))),
        goals=["2026—2027年新建联网视频点位3000路，12个部门接入共享平台，点位在线率稳定在95%"
               "以上，视频调阅响应不超过2秒。",
               "2026年新建联网视频点位1800路，8个部门接入共享平台，年底前完成一期点位安装。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建联网视频点位", "≥3000路", "≥1800路"),
        (None, None, "接入共享平台的部门", "≥12个", "≥8个"),
        (None, "质量指标", "视频点位在线率", "≥95%", "≥95%"),
        (None, None, "视频图像质量合格率", "≥98%", "≥98%"),
        (None, "时效指标", "视频调阅平均响应时间", "≤2秒", "≤2秒"),
        (None, None, "点位建设完成时间", "2027年10月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单路点位建设成本", "≤0.42万元/路", "≤0.42万元/路"),
        ("效益指标", "社会效益指标", "视频图像破案贡献率", "≥35%", "≥30%"),
        (None, "可持续影响指标", "跨部门视频资源共享机制", "健全", "建立"),
        ("满意度指标", "服务对象满意度指标", "群众安全感满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "邵春明", "聂雨桐", "0718-42261903")
    return b


@variant("qn06-data-sharing-annual-over", (11,), "three-year project 2026–2028, NAT-2021, "
         "中期/年度 columns: an annual count above the period count, a response time with ≥ in "
         "the year only")  # fmt: skip
def qn06() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 20, 20))
    project_head(
        s, year=2026, years=3, name="政务数据共享交换平台建设项目",
        dept="鹭川市大数据管理局（119）", unit="鹭川市政务数据中心",
        money=period_money((wan(2100), wan(2100), wan(0)), (wan(720), wan(720), wan(0))),
        goals=["2026—2028年推动全市40个部门接入共享平台，归集数据目录3000条以上，接口平均响应"
               "时间不超过500毫秒。",
               "2026年完成平台主体建设，归集数据目录1200条以上，共享交换成功率达到99%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "接入共享平台的部门数", "≥40个",
         mk("≥60个", "D201", "error", note="a cumulative count above its period value")),
        (None, None, "归集政务数据目录", "≥3000条", "≥1200条"),
        (None, "质量指标", "数据共享交换成功率", "≥99%", "≥99%"),
        (None, "时效指标", "接口调用平均响应时间", "≤500毫秒",
         mk("≥500毫秒", "T108", "warning", row=True, alt=("D203",),
            note="a response time is 反向: ≤500毫秒 as in the period column")),
        ("成本指标", "经济成本指标", "单条数据目录治理成本", "≤0.5万元/条", "≤0.5万元/条"),
        ("效益指标", "社会效益指标", "群众办事减少提交材料比例", "≥30%", "≥20%"),
        (None, "可持续影响指标", "数据共享长效管理机制", "健全", "建立"),
        ("满意度指标", "服务对象满意度指标", "数据使用部门满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "葛文澜", "谭睿", "0598-73119420")
    return b
