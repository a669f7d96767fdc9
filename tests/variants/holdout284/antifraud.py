"""Returns sh07–sh12: 反诈宣传 and 警务辅助人员经费 (numbered tier labels with points at two
levels, department tables with key tasks, flat lists)."""

from __future__ import annotations

from tests.variants.holdout284.common import (
    HEAD4,
    book,
    department,
    indicators,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout284.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

POINTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
FLAT_B = ("指标名称", "指标值", "指标性质", "计量单位", "权重")


@variant("sh07-antifraud-points", (5, 10),
         "project, NAT-2021, numbered tier labels (一、/（一）/1.), tier-1 points and indicator "
         "points both adding to 100, a 注册率 raised in 百分点 (correct)")  # fmt: skip
def sh07() -> Book:
    b, s = book(widths=(16, 10, 22, 32, 16, 10))
    project(s, "鹭汀市电信网络诈骗防范宣传项目", "鹭汀市公安局（108011）",
            "鹭汀市公安局反诈中心", one_year(wan(48), wan(48), wan(0)),
            ["全年开展反诈宣传进社区、进校园、进企业150场，发放宣传资料12万份，电信网络诈骗"
             "立案数下降15%以上。"])  # fmt: skip
    indicators(s, POINTS, [
        ("一、产出指标", 50, "（一）数量指标", "1.反诈宣传“三进”活动", "≥150场", 10),
        (None, None, None, "2.发放反诈宣传资料", "≥12万份", 8),
        (None, None, "（二）质量指标", "3.宣传资料内容审核通过率", "=100%", 8),
        (None, None, None, "4.宣传活动台账记录完整率", "≥95%", 8),
        (None, None, "（三）时效指标", "5.预警劝阻指令签收时限", "≤10分钟", 8),
        (None, None, None, "6.季度宣传计划完成率", "≥95%", 8),
        ("二、成本指标", 10, "（一）经济成本指标", "7.宣传资料印制单价", "≤1.2元/份", 5),
        (None, None, None, "8.单场宣传活动经费", "≤800元/场", 5),
        ("三、效益指标", 30, "（一）社会效益指标", "9.电信网络诈骗立案数下降率", "≥15%", 10),
        (None, None, None, "10.国家反诈中心APP辖区注册率", "提高≥5百分点", 6),
        (None, None, None, "11.群众反诈知晓率", "≥90%", 6),
        (None, None, "（二）可持续影响指标", "12.反诈志愿者常态化宣传机制", "建立并执行", 8),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "13.受宣传群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100, merge=[(3, 5)])
    notes(s, "说明：一级分值与指标分值为同一100分的两级分解，不重复计分。")
    sign(s, "卢承泽", "欧阳霏", "0662-7135548", day(2024, 11, 21, CN_DATE))
    return b


@variant("sh08-antifraud-points-wrong", (5, 10),
         "project, NAT-2021, numbered tier labels, tier-1 points against indicator points: two "
         "tier scores not matching the indicators under them, a 成功率 given as a "
         "count")  # fmt: skip
def sh08() -> Book:
    b, s = book(widths=(16, 10, 22, 32, 16, 10))
    project(s, "桐坞县反诈预警劝阻中心运行经费项目", "桐坞县公安局（312001）",
            "桐坞县公安局反诈预警劝阻中心", one_year(wan(150), wan(150), wan(0)),
            ["全年下发预警劝阻指令9000条以上，上门劝阻1500人次以上，涉诈资金及时止付。"],
            attr="常年项目")  # fmt: skip
    out = mk(40, "W103", "error", note="产出指标标40分，其下指标分值12+10+10+10+8=50")
    eff = mk(40, "W103", "error", note="效益指标标40分，其下指标分值15+15=30")
    count = mk("≥1200次", "T105", "error", note="成功率是比率，指标值却是次数")
    indicators(s, POINTS, [
        ("一、产出指标", out, "（一）数量指标", "1.下发预警劝阻指令", "≥9000条", 12),
        (None, None, None, "2.上门见面劝阻", "≥1500人次", 10),
        (None, None, "（二）质量指标", "3.预警劝阻成功率", count, 10),
        (None, None, "（三）时效指标", "4.预警指令平均签收时长", "≤10分钟", 10),
        (None, None, None, "5.涉诈资金紧急止付时限", "≤30分钟", 8),
        ("二、成本指标", 10, "（一）经济成本指标", "6.劝阻坐席人均年运行成本", "≤6万元/人", 5),
        (None, None, None, "7.预警短信单条费用", "≤0.05元/条", 5),
        ("三、效益指标", eff, "（一）社会效益指标", "8.电信网络诈骗立案数下降率", "≥12%", 15),
        (None, None, "（二）可持续影响指标", "9.预警劝阻闭环工作机制", "建立并执行", 15),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "10.被劝阻群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100, merge=[(3, 5)])
    sign(s, "贺明川", "蒲思颖", "0739-6610452", day(2024, 11, 27, CN_DATE))
    return b


@variant("sh09-auxiliary-department", (4, 12),
         "department, NAT-2021, key tasks adding to 项目支出, a note row inside the table, a "
         "footnote explaining the 金额合计, 填表说明 and signature lines (correct)")  # fmt: skip
def sh09() -> Book:
    b, s = book("部门整体")
    department(s, "澄渚县公安局", [(wan(6850), wan(6720), wan(130), wan(5230), wan(1620))],
               "保障全县420名警务辅助人员经费按时足额发放，开展反诈宣传和预警劝阻，推进户籍"
               "窗口便民服务，全年电信网络诈骗立案数下降10%以上。", [
        ("警务辅助人员经费", "420名辅警工资、社保及公积金", wan(1260), "按时足额发放"),
        ("反诈宣传与预警劝阻", "宣传活动、预警劝阻中心运行", wan(180), "立案数下降"),
        ("户籍窗口便民服务", "窗口设备更新、证件制作", wan(180), "户籍业务一次办结"),
        ("金额合计", None, wan(1620), None),
    ])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "保障在岗辅警人数", "420人"),
        (None, None, "辅警岗位技能培训", "≥1200人次"),
        (None, "质量指标", "辅警工资社保按时足额发放率", "=100%"),
        (None, None, "户籍业务一次办结率", "≥98%"),
        (None, "时效指标", "辅警工资发放时间", "每月15日前"),
    ])  # fmt: skip
    notes(s, "注：辅警人数以县委编办2024年核定的420名为准。", width=4)
    s.table([
        ("成本指标", "经济成本指标", "辅警人均年经费标准", "≤3万元/人"),
        ("效益指标", "社会效益指标", "电信网络诈骗立案数下降率", "≥10%"),
        (None, "可持续影响指标", "辅警队伍年流失率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "群众对户籍窗口服务满意度", "≥92%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：年度主要任务金额合计1620万元为项目支出合计，不含基本支出5230万元。",
          "填表说明：1.指标值须写明比较符和计量单位；2.定性指标按好、较好、一般、差"
          "填写。")  # fmt: skip
    sign(s, "龚启帆", "邵婧", "0745-3318277", day(2024, 11, 14, CN_DATE))
    return b


@variant("sh10-auxiliary-money-wrong", (6, 12, 13),
         "department, NAT-2021, header 预期目标: key tasks not adding to 金额合计, a template "
         "tier-2 left without indicator, a value without a name")  # fmt: skip
def sh10() -> Book:
    b, s = book("部门整体")
    total = mk(wan(840), "B102", "error", note="任务金额 620 + 130 + 60 = 810 ≠ 金额合计 840")
    department(s, "石蓼区公安分局", [(wan(4320), wan(4200), wan(120), wan(3480), wan(840))],
               "保障全区186名辅警经费，做好社会面视频监控运维和反诈宣传。", [
        ("辅警经费保障", "186名辅警工资及社保", wan(620), "按时足额发放"),
        ("社会面视频监控运维", "1800路监控点位运维", wan(130), "点位在线率≥95%"),
        ("反诈宣传", "宣传活动及宣传资料", wan(60), "立案数下降"),
        ("金额合计", None, total, None),
    ])  # fmt: skip
    nameless = mk(None, "F110", "error", note="填了指标值≥98%，却没有三级指标名称")
    left = mk("生态效益指标", "F109", "warning", row=True, note="模板留下的二级指标，未填写")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "保障在岗辅警人数", "186人"),
        (None, None, "运维视频监控点位", "≥1800路"),
        (None, "质量指标", "视频监控点位在线率", "≥95%"),
        (None, None, nameless, "≥98%"),
        (None, "时效指标", "故障点位修复时限", "≤48小时"),
        ("成本指标", "经济成本指标", "单路点位年运维费用", "≤0.07万元/路"),
        ("效益指标", "社会效益指标", "电信网络诈骗立案数下降率", "≥8%"),
        (None, left, None, None),
        (None, "可持续影响指标", "视频运维长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞立坤", "岑小雯", "0739-8825016", day(2024, 11, 25, CN_DATE))
    return b


@variant("sh11-antifraud-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, a 破案率 raised in 百分点, weights adding to 100 "
         "(correct)")  # fmt: skip
def sh11() -> Book:
    b, s = book("部门整体", widths=(30, 14, 14, 14, 16, 14))
    department(s, "鹭汀市公安局刑事侦查支队",
               [(wan(920), wan(900), wan(20), wan(610), wan(310))],
               "建强反诈预警劝阻体系，全年电信网络诈骗立案数下降12%以上，群众反诈知晓率达到"
               "90%。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, FLAT, [
        ("反诈宣传活动场次", 10, "场", "≥", 300),
        ("预警劝阻指令处置率", 15, "%", "≥", pct(0.98)),
        ("涉诈资金紧急止付及时率", 10, "%", "≥", pct(0.95)),
        ("电信网络诈骗立案数下降率", 15, "%", "≥", pct(0.12)),
        ("电信网络诈骗案件破案率提升", 10, "百分点", "≥", 3),
        ("预警劝阻平均响应时长", 10, "分钟", "≤", 10),
        ("反诈宣传资料印制单价", 10, "元/份", "≤", 1.5),
        ("群众反诈知晓率", 10, "%", "≥", pct(0.9)),
        ("受劝阻群众满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ], merged=())  # fmt: skip
    sign(s, "卢承泽", "欧阳霏", "0662-7135548", day(2024, 11, 19, CN_DATE))
    return b


@variant("sh12-antifraud-flat-wrong", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def sh12() -> Book:
    b, s = book("部门整体", widths=(30, 14, 14, 14, 12, 14))
    department(s, "鹤汀区公安分局", [(wan(1480), wan(1450), wan(30), wan(1190), wan(290))],
               "深化反诈宣传，提升预警劝阻处置效能，群众反诈知晓率达到90%。")  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    clash = mk("12万元", "T112", "error", note="指标值单位万元与计量单位列“条”冲突")
    again = mk("≥3%", "T108", "warning", row=True, note="再次被骗率是反向指标，却写≥")
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, FLAT_B, [
        ("反诈宣传进社区活动", "≥80场", "正向", "场", 10),
        ("反诈宣传短视频发布", clash, "正向", "条", 10),
        ("国家反诈中心APP辖区注册率", "≥60%", "正向", "%", 15),
        ("预警劝阻指令处置率", "≥98%", "正向", "%", 15),
        ("劝阻后再次被骗率", again, "反向", "%", 10),
        ("预警指令签收时长", "≤10分钟", "反向", "分钟", 10),
        ("宣传资料印制单价", "≤1.5元/份", "反向", "元/份", 5),
        ("电信网络诈骗立案数下降率", "≥10%", "正向", "%", 10),
        ("群众反诈知晓率", "≥90%", "正向", "%", 5),
        ("受劝阻群众满意度", "≥90%", "正向", "%", 5),
    ], merged=())  # fmt: skip
    sign(s, "闵少钧", "翟可欣", "0716-4480231", day(2024, 11, 28, CN_DATE))
    return b
