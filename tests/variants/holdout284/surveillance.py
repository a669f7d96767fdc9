"""Returns sh01–sh06: 视频监控建设 and 交通秩序管理 (project tables, stacked projects,
multi-year projects with 中期 and 年度 columns)."""

from __future__ import annotations

from tests.variants.holdout284.common import (
    HEAD4,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout284.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("sh01-camera-percent", (1, 12),
         "project, OLD-NAT, operator column headed 指标性质, unit column, typed percent cells, "
         "万元 in the number format (correct)")  # fmt: skip
def sh01() -> Book:
    b, s = book()
    project(s, "桐坞县城区高清视频监控补点建设项目", "桐坞县公安局（312001）",
            "桐坞县公安局科技信息化大队", one_year(wan(860), wan(800), wan(60)),
            ["2025年在城区主次干道、学校和医院周边新建高清视频监控点位320个，前端设备在线率"
             "不低于95%，提升重点区域视频覆盖和案件侦破支撑能力。"],
            attr="一次性项目")  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新建高清视频监控点位", "≥", 320, "个"),
        (None, None, "接入县级视频共享平台路数", "≥", 320, "路"),
        (None, "质量指标", "前端设备在线率", "≥", pct(0.95), "%"),
        (None, None, "图像质量验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "项目完工时间", "≤", day(2025, 11, 30, CN_DATE), None),
        (None, None, "故障点位平均修复时长", "≤", 24, "小时"),
        (None, "成本指标", "单个点位建设成本", "≤", 2.5, "万元/个"),
        ("效益指标", "社会效益指标", "重点区域视频监控覆盖率", "≥", pct(0.9), "%"),
        (None, None, "视频图像线索破案占比", "≥", pct(0.35), "%"),
        (None, "可持续影响指标", "设备质保期", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "辖区群众安全感满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "贺明川", "谢蕴", "0739-6610427", day(2024, 11, 26, CN_DATE))
    return b


@variant("sh02-camera-wrong", (1, 11, 12),
         "project, OLD-NAT, operator column, typed percent cells: money not adding up, a typed "
         "105% on an accuracy rate, a 反向 failure rate with ≥")  # fmt: skip
def sh02() -> Book:
    b, s = book()
    total = mk(wan(540), "B101", "error",
               note="财政拨款 480 + 其他资金 40 = 520 ≠ 年度资金总额 540")  # fmt: skip
    project(s, "石蓼区社区视频门禁及高空抛物监控建设项目", "石蓼区公安分局（208003）",
            "石蓼区公安分局治安管理大队", one_year(total, wan(480), wan(40)),
            ["在全区36个住宅小区改造视频门禁，新装高空抛物监控摄像机210台，实现高空抛物"
             "警情可查可溯。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="识别准确率以100%为上限，键入的105%不可能")
    wrong = mk("≥", "T108", "warning", row=True, note="故障发生率是反向指标，应为≤")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新装高空抛物监控摄像机", "≥", 210, "台"),
        (None, None, "改造社区视频门禁", "≥", 36, "个"),
        (None, "质量指标", "设备安装验收合格率", "≥", pct(0.98), "%"),
        (None, None, "人脸抓拍识别准确率", "≥", over, "%"),
        (None, "时效指标", "项目完工时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "单台摄像机采购安装单价", "≤", 0.8, "万元/台"),
        ("效益指标", "社会效益指标", "高空抛物警情查证率", "≥", pct(0.85), "%"),
        (None, None, "视频存储故障发生率", wrong, pct(0.02), "%"),
        (None, "可持续影响指标", "设备运维机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "庞立坤", "岑小雯", "0739-8825016", day(2024, 12, 3, CN_DATE))
    return b


@variant("sh03-traffic-stacked", (2,),
         "two 交通 projects stacked in one sheet, OLD-NAT, one value column, the same "
         "satisfaction indicator with different values, 0起 on an accident count "
         "(correct)")  # fmt: skip
def sh03() -> Book:
    b, s = book("项目绩效目标")
    s.title("2025年度澄渚县公安局交通管理项目支出绩效目标表", 6)
    project(s, "城区交通信号灯智能化改造项目", "澄渚县公安局（415002）",
            "澄渚县公安局交通管理大队", one_year(wan(380), wan(380), wan(0)),
            ["完成城区42个路口信号灯智能化改造并联网，主干道高峰通行时间明显缩短。"],
            title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "改造智能信号控制路口", "≥42个"),
        (None, "质量指标", "信号机联网率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年9月30日前"),
        (None, "成本指标", "单路口改造成本", "≤9万元/个"),
        ("效益指标", "社会效益指标", "主干道高峰平均通行时间下降率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "驾驶人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "交通秩序整治与严重违法查处专项", "澄渚县公安局（415002）",
            "澄渚县公安局交通管理大队", one_year(wan(156), wan(120), wan(36)),
            ["全年开展交通秩序集中整治24次，严查酒驾醉驾等严重违法，遏制较大道路交通事故。"],
            title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "开展交通秩序集中整治行动", "≥24次"),
        (None, None, "查处酒驾醉驾等严重交通违法", "≥1800起"),
        (None, "质量指标", "违法处理信息录入准确率", "≥99%"),
        (None, "时效指标", "违法数据上传时限", "≤24小时"),
        (None, "成本指标", "整治行动平均经费", "≤5万元/次"),
        ("效益指标", "社会效益指标", "较大以上道路交通事故", "0起"),
        (None, None, "道路交通事故死亡人数下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "驾驶人满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "龚启帆", "温若岚", "0745-3318290", day(2024, 11, 22, CN_DATE))
    return b


@variant("sh04-traffic-stacked-wrong", (2, 12),
         "two 交通 projects stacked, OLD-NAT, one value column: a 完好率 given as a count, the "
         "second project's money not adding up, =95% on a satisfaction rate")  # fmt: skip
def sh04() -> Book:
    b, s = book("交通项目")
    s.title("霁川市公安局交通警察支队2025年度项目支出绩效目标表", 6)
    project(s, "非现场执法设备更新项目", "霁川市公安局（101006）", "霁川市公安局交通警察支队",
            one_year(wan(210), wan(210), wan(0)),
            ["更新主城区违停抓拍设备45套，恢复重点路段非现场执法能力。"], title="")  # fmt: skip
    count = mk("45套", "T105", "error", note="完好率是比率，指标值却是设备套数")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "更新违停抓拍设备", "≥45套"),
        (None, "质量指标", "违停抓拍设备完好率", count),
        (None, "时效指标", "设备更新完成时间", "2025年8月31日前"),
        (None, "成本指标", "单套设备更新费用", "≤4.5万元/套"),
        ("效益指标", "社会效益指标", "主要路段违停警情下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "沿街商户和市民满意度", "≥88%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(96), "B101", "error", note="财政拨款 80 + 其他资金 10 = 90 ≠ 96")
    project(s, "交通安全宣传教育进校园项目", "霁川市公安局（101006）",
            "霁川市公安局交通警察支队", one_year(total, wan(80), wan(10)),
            ["在全市中小学开展交通安全宣传120场，覆盖学生6万人次。"], title="")  # fmt: skip
    equal = mk("=95%", "T107", "warning", note="满意度写“=”，本意应为≥95%")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "交通安全宣传进校园", "≥120场"),
        (None, None, "覆盖中小学生", "≥60000人次"),
        (None, "质量指标", "宣传课件审核通过率", "=100%"),
        (None, "时效指标", "首轮宣传完成时间", "2025年9月1日前"),
        (None, "成本指标", "单场宣传活动经费", "≤0.6万元/场"),
        ("效益指标", "社会效益指标", "中小学生交通安全知识知晓率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "师生及家长满意度", equal),
    ])  # fmt: skip
    sign(s, "邝振宇", "汤芷", "0758-2046613", day(2024, 12, 10, CN_DATE))
    return b


@variant("sh05-traffic-three-years", (8, 10),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns, a 查处率 raised in "
         "百分点, rates equal in both columns (correct)")  # fmt: skip
def sh05() -> Book:
    b, s = book("绩效目标表")
    project(s, "霁川市城区交通电子警察系统三年提升工程", "霁川市公安局（101006）",
            "霁川市公安局交通警察支队",
            multi_year((wan(2400), wan(2250), wan(150)), (wan(900), wan(850), wan(50))),
            ["2025—2027年新建和升级电子警察卡口260处，城区主干道路口全覆盖，交通违法行为"
             "查处率较2024年提高5个百分点。",
             "2025年新建和升级电子警察卡口90处，先覆盖老城区和学校周边路口，查处率提高2个"
             "百分点。"], years=3, attr="新增项目")  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建升级电子警察卡口", "≥260处", "≥90处"),
        (None, None, "接入交通管控平台点位", "≥260个", "≥90个"),
        (None, "质量指标", "违法抓拍有效率", "≥95%", "≥95%"),
        (None, "时效指标", "违法数据审核时限", "≤3个工作日", "≤3个工作日"),
        ("成本指标", "经济成本指标", "单处卡口建设成本", "≤9万元/处", "≤9万元/处"),
        ("效益指标", "社会效益指标", "交通违法行为查处率", "提高≥5百分点", "提高≥2百分点"),
        (None, None, "城区道路交通事故起数下降率", "≥10%", "≥4%"),
        (None, "可持续影响指标", "设备运维保障年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "交通参与者满意度", "≥90%", "≥88%"),
    ])  # fmt: skip
    notes(s, "注：中期指标值为2025—2027年累计数，年度指标值为2025年数。", width=5)
    sign(s, "邝振宇", "韦晓棠", "0758-2046620", day(2024, 11, 29, CN_DATE))
    return b


@variant("sh06-traffic-two-years-wrong", (8, 11),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: 年度目标 copied from the "
         "中期目标, an annual count above its period count, a response time with ≥")  # fmt: skip
def sh06() -> Book:
    b, s = book()
    text = "在全县乡镇建成农村交通安全劝导站60个，配齐劝导员，农村道路交通事故起数明显下降。"
    same = mk(text, "D204", "warning", note="两年期项目的年度目标与中期目标逐字相同")
    project(s, "枫岩县农村道路交通安全劝导站建设项目", "枫岩县公安局（522004）",
            "枫岩县公安局交通管理大队",
            multi_year((wan(1200), wan(1100), wan(100)), (wan(700), wan(650), wan(50))),
            [text, same], years=2, attr="新增项目")  # fmt: skip
    above = mk("≥75个", "D201", "error", alt=("D104",), note="年度75个超过两年期累计60个")
    slow = mk("≥20分钟", "T108", "warning", row=True, note="出警时长是反向指标，应为≤")
    indicators(s, TWO, [
        ("产出指标", "数量指标", "建成农村交通安全劝导站", "≥60个", above),
        (None, None, "培训农村交通安全劝导员", "≥240人", "≥150人"),
        (None, "质量指标", "劝导站建设验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "事故报警平均出警时长", slow, "≥20分钟"),
        ("成本指标", "经济成本指标", "单个劝导站建设成本", "≤8万元/个", "≤8万元/个"),
        ("效益指标", "社会效益指标", "农村道路交通事故起数下降率", "≥10%", "≥5%"),
        (None, "可持续影响指标", "劝导站常态化运行机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "农村群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃国栋", "莫雨菲", "0771-5903318", day(2024, 11, 18, CN_DATE))
    return b
