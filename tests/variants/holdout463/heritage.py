"""Sea-salt fields heritage: the old saltworks' pans, brine pools and salt stores (ze01-ze06)."""

from __future__ import annotations

from tests.variants.holdout463.common import (
    SALTWORKS,
    YEAR,
    book,
    funds,
    indicators,
    project,
    sign,
    w,
)
from tests.variants.holdout463.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "ze01-percent-cells",
    (1,),
    "project, OLD-NAT, operator and unit columns, typed percent "
    "cells, 万元 only in the number format (correct)",
)
def ze01() -> Book:
    b, s = book()
    project(s, name="澄屿古盐田卤池及晒盘修缮项目", unit=SALTWORKS,
            money_rows=funds(w(120), w(100), w(20)),
            goals=["修缮古盐田卤池与晒盘36亩，恢复日晒制盐工艺展示，控制遗址病害。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "修缮卤池及晒盘面积", "≥", 36, "亩"),
        (None, None, "更换晒盘古法铺设瓦片", "≥", 5200, "片"),
        (None, "质量指标", "修缮工程验收合格率", "≥", pct(0.95), "%"),
        (None, None, "遗址本体病害复发率", "≤", pct(0.05), "%"),
        (None, "时效指标", "修缮工程完工时间", "≤", day(YEAR, 11, 30), None),
        (None, "成本指标", "卤池及晒盘单位修缮成本", "≤", money(2.5), "万元/亩"),
        ("效益指标", "社会效益指标", "游客对日晒制盐工艺的知晓率", "≥", pct(0.8), "%"),
        (None, "可持续影响指标", "修缮后卤池可持续使用年限", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "郑海澄", "0597-6628341")
    return b


@variant(
    "ze02-percent-wrong",
    (1, 12),
    "project, OLD-NAT, operator and unit columns: total not the "
    "sum of its sources, a typed percent over 100, a count typed as a percent",
)
def ze02() -> Book:
    b, s = book()
    total = mk(w(150), "B101", "error", note="财政拨款 120 + 其他资金 20 = 140, not 150")
    project(s, name="澄屿古盐场盐仓建筑群保护利用项目", unit=SALTWORKS,
            money_rows=funds(total, w(120), w(20)),
            goals=["完成盐仓屋面及木构件修缮，布置盐业生产工具展陈并对外开放。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "修缮盐仓建筑面积", "≥", 1800, "平方米"),
        (None, None, "接待研学团队批次", "≥",
         mk(pct(0.3), "T120", "warning", alt=("T112",),
            note="a count shown as 30% (typed into a percent cell), unit 批"), "批"),
        (None, "质量指标", "木构件修缮验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100%"), "%"),
        (None, "时效指标", "展陈布置完成时间", "≤", day(YEAR, 10, 31), None),
        (None, "成本指标", "盐仓屋面修缮单位成本", "≤", money(0.05), "万元/平方米"),
        ("效益指标", "社会效益指标", "盐业生产工具展陈开放天数", "≥", 280, "天"),
        (None, "可持续影响指标", "建筑群日常巡查机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "郑海澄", "0597-6628341")
    return b


@variant(
    "ze03-stacked-heritage",
    (2,),
    "two heritage projects stacked in one sheet, OLD-NAT, one "
    "value column, the same indicator name with other values in each (correct)",
)
def ze03() -> Book:
    b, s = book()
    project(s, name="古盐场盐工号子及晒盐技艺传承项目", unit=SALTWORKS,
            money_rows=funds(w(45), w(40), w(5)),
            goals=["开展盐工号子与日晒制盐技艺传习，培养传承学员，整理口述资料。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "技艺传习课程", "≥16期"),
        (None, None, "培养传承学员", "≥30人"),
        (None, "质量指标", "学员结业考核合格率", "≥90%"),
        (None, "时效指标", "传习课程完成时间", "12月20日前"),
        (None, "成本指标", "每期传习课程成本", "≤1.8万元/期"),
        ("效益指标", "社会效益指标", "非遗技艺展示受众人次", "≥6000人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, name="盐业历史档案数字化项目", unit="咸岙县档案馆",
            money_rows=funds(w(32), w(32), w(0)), title=f"{YEAR}年度项目支出绩效目标申报表（二）",
            goals=["完成盐场历史档案扫描与著录，建立可检索的盐业档案数据库。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "档案扫描页数", "≥48000页"),
        (None, "质量指标", "著录信息准确率", "≥98%"),
        (None, "时效指标", "数据库上线时间", "11月30日前"),
        (None, "成本指标", "单页扫描著录成本", "≤6元/页"),
        ("效益指标", "社会效益指标", "档案数据库年查阅人次", "≥1500人次"),
        (None, "可持续影响指标", "数字档案异地备份", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "ze04-stacked-wrong",
    (2, 11),
    "two projects stacked, OLD-NAT, operators inside the values: "
    "the second project's money, a rate as a count, a 反向 rate with ≥",
)
def ze04() -> Book:
    b, s = book()
    project(s, name="古盐场遗址安防设施提升项目", unit=SALTWORKS,
            money_rows=funds(w(58), w(50), w(8)),
            goals=["更新遗址区监控与消防设施，实现遗址核心区安防全覆盖。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新增监控点位", "≥42个"),
        (None, "质量指标", "安防设施验收合格率", "≥95%"),
        (None, "时效指标", "设施安装完成时间", "9月30日前"),
        (None, "成本指标", "单个监控点位建设成本", "≤0.9万元/个"),
        ("效益指标", "社会效益指标", "遗址核心区安防覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "遗址周边居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(60), "B101", "error", note="财政拨款 45 + 其他资金 10 = 55, not 60")
    project(s, name="盐业文物数字化建档项目", unit="咸岙县盐业博物馆",
            money_rows=funds(total, w(45), w(10)), title="",
            goals=["对馆藏盐业文物进行三维扫描与建档，降低文物提用损坏风险。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "三维扫描文物件数", "≥320件"),
        (None, "质量指标", "盐业文物数字化建档完成率",
         mk("320件", "T105", "error", note="a 完成率 given as a count")),
        (None, "时效指标", "建档完成时间", "12月15日前"),
        (None, "成本指标", "单件文物扫描建档成本", "≤0.12万元/件"),
        ("效益指标", "社会效益指标", "文物提用损坏率",
         mk("≥1%", "T108", "warning", row=True, note="a 损坏率 is 反向: ≤ expected")),
        ("满意度指标", "服务对象满意度指标", "研究人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "ze05-tier-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points "
    "(一、产出指标（50分）, （一）数量指标, 1.) and an indicator score column (correct)",
)
def ze05() -> Book:
    b, s = book()
    project(s, name="古盐田遗产点位标识与导览系统项目", unit=SALTWORKS,
            money_rows=funds(w(85), w(85), w(0)),
            goals=["在盐田遗产区设置标识牌与导览二维码，形成完整的遗产解说体系。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "1.遗产点位标识牌安装数量", "≥40块", 20),
        (None, "（二）质量指标", "2.标识牌内容审校通过率", "100%", 15),
        (None, "（三）时效指标", "3.导览系统上线时间", "8月31日前", 15),
        ("二、成本指标（10分）", "（一）经济成本指标", "4.标识牌单块制作安装成本",
         "≤0.6万元/块", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "5.游客扫码获取解说比例", "≥35%", 15),
        (None, "（二）可持续影响指标", "6.导览内容年度更新机制", "建立并执行", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "7.游客满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    sign(s, "郑海澄", "0597-6628341")
    return b


@variant(
    "ze06-tier-wrong-parent",
    (5,),
    "project, NAT-2021, labels with ★ and abbreviations: a "
    "时效 tier-2 under 效益, a deadline given as a percentage",
)
def ze06() -> Book:
    b, s = book()
    project(s, name="老盐工口述史抢救性记录项目", unit=SALTWORKS,
            money_rows=funds(w(26), w(24), w(2)),
            goals=["采访在世老盐工，整理口述史文本与影像，出版口述史读本。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("★产出", "数量", "采访老盐工人数", "≥25人"),
        (None, None, "整理口述文本字数", "≥30万字"),
        (None, "质量", "口述资料核校通过率", "≥95%"),
        (None, "时效", "口述史采集完成时间",
         mk("100%", "T113", "warning", note="a deadline given as a percentage")),
        ("★成本", "经济成本", "每位受访者采录成本", "≤0.8万元/人"),
        ("效益", "社会效益", "本地青少年对盐工历史的知晓率", "≥70%"),
        (None, mk("时效", "F105", "error", note="时效 belongs under 产出, not 效益"),
         "口述史读本出版时间", "12月31日前"),
        ("满意度", "服务对象满意度", "受访盐工家属满意度", "≥90%"),
    ])  # fmt: skip
    return b
