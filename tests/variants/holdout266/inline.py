"""One-year project tables with the operator inside the value, one value column, tier labels
with bracketed alternatives, numbering or points (rp01–rp06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout266.common import ONE, book, indicators, note, one_year_money, sign, wan
from tests.variants.holdout266.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("rp01-radar-network-lookalikes", (1, 5, 11), "one-year project, NAT-2021, inline "
         "operators, 质量指标(或标准指标) and 时效指标（进度指标）: a 预警提前量 ≥30分钟, a 漏报率 "
         "≤10%, a 到报率 typed as 99.0% (correct)")  # fmt: skip
def rp01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="新一代天气雷达及区域自动气象站运行保障项目",
        dept="青岚市气象局（412）", unit="青岚市大气探测技术保障中心",
        money=one_year_money(wan(186), wan(170), wan(16)),
        goals=["2026年保障3部天气雷达和142个区域自动气象站稳定运行，雷达观测数据可用率不低于"
               "98%，强对流天气预警提前量达到30分钟以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "保障运行天气雷达", "≥3部"),
        (None, None, "区域自动气象站维护数量", "≥142个"),
        (None, "质量指标(或标准指标)", "雷达观测数据可用率", "≥98%"),
        (None, None, "自动站数据传输到报率", pct(0.99, "0.0%")),
        (None, "时效指标（进度指标）", "雷达故障平均修复时间", "≤8小时"),
        (None, None, "汛前设备巡检完成时间", "2026年4月30日前"),
        ("成本指标", "经济成本指标", "区域自动站单站年度维护成本", "≤0.8万元/个"),
        ("效益指标", "社会效益指标", "短时强降水预警提前量", "≥30分钟"),
        (None, None, "强对流天气预警漏报率", "≤10%"),
        (None, "可持续影响指标", "站网运行保障长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "公众气象服务满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韩书砚", "许慕青", "0731-86521094")
    return b


@variant("rp02-hail-false-alarm-ge", (1, 11), "one-year project, NAT-2021, inline operators: "
         "a 误报率 with ≥, an 登记准确率 typed as 105%")  # fmt: skip
def rp02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="人工增雨（雪）防雹作业保障项目", dept="石门县气象局（508）",
        unit="石门县人工影响天气办公室",
        money=one_year_money(wan(68), wan(60), wan(8)),
        goals=["2026年组织人工增雨（雪）作业不少于40次，维护标准化作业点12个，作业安全事故为零，"
               "冰雹预警误报率控制在15%以内。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "人工增雨（雪）作业次数", "≥40次"),
        (None, None, "标准化作业点维护数量", "≥12个"),
        (None, "质量指标（标准指标）", "作业弹药出入库登记准确率",
         mk(pct(1.05), "T106", "error", row=True, note="105% typed: 100% at most")),
        (None, None, "冰雹预警误报率",
         mk("≥15%", "T108", "warning", row=True, alt=("D104",),
            note="a 误报率 is 反向: ≤15% meant (the goal says 以内)")),
        (None, "时效指标（进度指标）", "作业信息上报时间", "作业结束后≤30分钟"),
        ("成本指标", "经济成本指标", "单次增雨作业平均成本", "≤0.35万元/次"),
        ("效益指标", "经济效益指标", "作业影响区农业减灾增收", "≥300万元"),
        (None, "社会效益指标", "人工影响天气作业安全事故", "=0起"),
        ("满意度指标", "服务对象满意度指标", "种植大户对作业服务满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "周启航", "龙晓岚", "0736-52861307")
    return b


@variant("rp03-quake-quick-report-numbered", (4, 5, 11), "one-year project, NAT-2021, tier "
         "labels numbered 一、产出指标 / 1.数量指标: 速报时间 ≤2分钟 and ≤15分钟, a 误报率 ≤1%, "
         "a 连续率 typed as 98%, a footnote (correct)")  # fmt: skip
def rp03() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="地震监测台网运行维护项目", dept="云溪市地震局（317）",
        unit="云溪市地震监测中心",
        money=one_year_money(wan(72), wan(72), wan(0)),
        goals=["2026年维护36个地震监测台站，测震台网数据连续率保持在98%以上，辖区M2.5级以上"
               "地震自动速报时间不超过2分钟、正式速报时间不超过15分钟。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标", "1.数量指标", "运维地震监测台站", "≥36个"),
        (None, "2.质量指标", "测震台网数据连续率", pct(0.98)),
        (None, None, "地震自动速报误报率", "≤1%"),
        (None, "3.时效指标", "M2.5级以上地震自动速报时间", "≤2分钟"),
        (None, None, "地震正式速报时间", "≤15分钟"),
        (None, None, "台站故障响应时间", "≤24小时"),
        ("二、成本指标", "1.经济成本指标", "单台站年度运维费用", "≤1.5万元/个"),
        ("三、效益指标", "1.社会效益指标", "地震速报信息公众覆盖人数", "≥50万人"),
        (None, "2.可持续影响指标", "台网运维值班制度", "有效运行"),
        ("四、满意度指标", "1.服务对象满意度指标", "地方政府及部门满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：本表指标值均为2026年度目标，M2.5级为震级，不是指标数值。")
    sign(s, "谭一舟", "吕青禾", "0871-63402758")
    return b


@variant("rp04-survey-result-next-year", (5, 11), "one-year project, NAT-2021, inline "
         "operators: a delivery date in the next year, an area named in 平方公里 given in 亩, "
         "= on a cost per 平方公里")  # fmt: skip
def rp04() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="基础测绘1:2000比例尺地形图更新项目", dept="临川县自然资源局（226）",
        unit="临川县测绘地理信息中心", attr="新增项目",
        money=one_year_money(wan(120), wan(120), wan(0)),
        goals=["2026年完成城区及重点乡镇150平方公里1:2000地形图更新，成果经省级质检合格，"
               "年底前向县直部门提供地理信息数据服务。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "1:2000地形图更新面积（平方公里）",
         mk("≥22.5万亩", "T119", "warning", row=True, note="the name says 平方公里")),
        (None, None, "布设像控点数量", "≥450个"),
        (None, "质量指标(或标准指标)", "测绘成果质检合格率", "≥98%"),
        (None, "时效指标(或进度指标)", "测绘成果提交时间",
         mk("2027年3月31日前", "Y102", "error", row=True, note="a 2026 one-year project")),
        ("成本指标", "经济成本指标", "单位面积测绘成本",
         mk("=0.6万元/平方公里", "T108", "warning", row=True, alt=("T107",),
            note="a cost cap: ≤0.6万元/平方公里")),
        ("效益指标", "社会效益指标", "向县直部门提供数据服务", "≥15次"),
        (None, "可持续影响指标", "基础地理信息数据库更新机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "用图部门满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "宁修远", "袁佩之", "0794-72356018")
    return b


@variant("rp05-disaster-day-publicity-points", (1, 5, 10), "one-year project, NAT-2021, tier "
         "labels with points 产出指标（50分）: a 覆盖率 typed as 100%, a 知晓率 提高≥5个百分点, a "
         "下降率 with ≥, a date within the year (correct)")  # fmt: skip
def rp05() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2025, name="防灾减灾宣传教育及应急演练项目", dept="南屏县应急管理局（133）",
        unit="南屏县防震减灾服务中心",
        money=one_year_money(wan(45), wan(40), wan(5)),
        goals=["2025年围绕“5·12”防灾减灾日开展宣传活动24场，组织中小学校应急疏散演练40次，"
               "公众防灾减灾知识知晓率比上年提高5个百分点以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标（50分）", "数量指标", "防灾减灾宣传活动场次", "≥24场"),
        (None, None, "发放宣传资料", "≥3万份"),
        (None, None, "中小学校应急疏散演练", "≥40次"),
        (None, "质量指标", "辖区中小学校演练覆盖率", pct(1)),
        (None, "时效指标", "“5·12”宣传周活动完成时间", "2025年5月18日前"),
        ("成本指标（10分）", "经济成本指标", "单场宣传活动成本", "≤0.5万元/场"),
        ("效益指标（30分）", "社会效益指标", "公众防灾减灾知识知晓率", "提高≥5个百分点"),
        (None, None, "校园突发事件疏散用时下降率", "≥10%"),
        (None, "可持续影响指标", "防灾减灾宣传长效机制", "健全"),
        ("满意度指标（10分）", "服务对象满意度指标", "参与群众满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "池晚舟", "葛怀瑾", "0598-57320416")
    return b


@variant("rp06-warning-release-percent", (1, 11), "one-year project, NAT-2021, inline "
         "operators: a 发布时间 given as 95%, a 发送成功率 given as a count")  # fmt: skip
def rp06() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="突发事件预警信息发布系统运维项目", dept="东湖区气象局（604）",
        unit="东湖区突发事件预警信息发布中心",
        money=one_year_money(wan(54), wan(50), wan(4)),
        goals=["2026年保障预警信息发布系统全年稳定运行，预警信息10分钟内发布到位，全年向公众"
               "发送预警短信120万条以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "发送预警短信", "≥120万条"),
        (None, None, "维护预警大喇叭终端", "≥260个"),
        (None, "质量指标（标准指标）", "预警短信发送成功率",
         mk("≥120万条", "T105", "error", row=True, note="a rate: ≥98% or so")),
        (None, None, "发布系统运行稳定率", "≥99%"),
        (None, "时效指标（进度指标）", "预警信息平均发布时间",
         mk(pct(0.95), "T113", "warning", row=True, note="a time: ≤10分钟 meant")),
        ("成本指标", "经济成本指标", "大喇叭终端单点维护费用", "≤800元/个"),
        ("效益指标", "社会效益指标", "预警信息公众覆盖率", "≥95%"),
        (None, "可持续影响指标", "预警信息发布应急值守制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "滕逸凡", "邵卿云", "027-86417320")
    return b
