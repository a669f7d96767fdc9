"""Department returns sd13–sd18: flat lists with weights, budgets with shares and key tasks,
tier labels decorated with marks, abbreviations and numbers."""

from __future__ import annotations

from tests.variants.holdout280.common import book, department, indicators, sign
from tests.variants.holdout280.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
GOAL = "履行人道救助、应急救护培训和人道传播职能，推进造血干细胞和人体器官捐献工作。"


@variant("sd13-charity-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, 0起 on an incident count, weights add to 100 (correct)")  # fmt: skip
def sd13() -> Book:
    b, s = book(widths=(30, 18, 18, 18, 16, 16))
    department(s, "霁川市慈善总会", [(420, 60, 360, 70, 350)], [
        ("慈善医疗救助", "重特大疾病困难患者救助", 150, "减轻困难患者医疗负担"),
        ("慈善助学", "资助家庭困难学生", 80, "保障困难学生完成学业"),
        ("慈善助老与助残", "助餐、助浴和残疾人救助", 120, "改善困难老人和残疾人生活"),
        ("金额合计", None, 350, None),
    ], "募集和管理慈善款物，实施医疗、助学、助老助残慈善救助项目。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("慈善医疗救助人数", 20, "人", "≥", 500),
        ("慈善助学资助学生人数", 15, "人", "≥", 260),
        ("助老助残服务人次", 15, "人次", "≥", 12000),
        ("慈善医疗人均救助金额", 10, "元/人", "≤", 3000),
        ("善款拨付及时率", 10, "%", "≥", pct(0.95)),
        ("慈善款物违规使用事件", 10, "起", "≤", 0),
        ("慈善项目信息公开率", 10, "%", "=", pct(1)),
        ("受助对象满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant("sd14-redcross-flat", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 反向 share with ≥, weights add to 95")  # fmt: skip
def sd14() -> Book:
    b, s = book(widths=(30, 16, 16, 16, 12, 12))
    department(s, "澄岭县红十字会", [(160, 130, 30, 95, 65)], [
        ("应急救护培训", "救护员持证培训和普及培训", 35, "提升群众自救互救能力"),
        ("捐献宣传", "造血干细胞和器官捐献宣传", 30, "扩大志愿捐献队伍"),
        ("金额合计", None, 65, None),
    ], GOAL)  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+10+10+15+10 = 95, not 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("应急救护持证培训人数", "≥1000", "正向", "人", 20),
        ("造血干细胞血样采集数量",
         mk("≥300份", "T112", "error", note="份 in the value, 人 in the unit column"),
         "正向", "人", 15),
        ("器官捐献志愿登记人数", "≥400", "正向", "人", 15),
        ("救护员证书发放时限", "≤10", "反向", "工作日", 10),
        ("培训管理费用占比",
         mk("≥8%", "T108", "warning", row=True, note="declared 反向, yet ≥"),
         "反向", "%", 10),
        ("群众应急救护知识知晓率", "≥80%", "正向", "%", 15),
        ("服务对象满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    sign(s, "卢秉则", "温若棠", "0593-5268104")
    return b


@variant("sd15-redcross-money", (12, 1),
         "department, NAT-2021: budget with a row of typed percent shares, four key tasks "
         "adding to 金额合计 = 项目支出, a 下降率 with ≥, a unit cost × count equal to a "
         "task (correct)")  # fmt: skip
def sd15() -> Book:
    b, s = book()
    shares = (pct(1), pct(0.84), pct(0.16), pct(0.52), pct(0.48))
    department(s, "霁川市红十字会", [(500, 420, 80, 260, 240), shares], [
        ("应急救护培训", "救护员持证培训和普及培训", 90, "提升群众自救互救能力"),
        ("造血干细胞捐献", "志愿者招募和血样采集", 40, "扩充捐献者资料库"),
        ("器官捐献宣传", "进社区进校园宣传", 30, "提高公众知晓率"),
        ("博爱家园建设", "新建博爱家园社区", 80, "完善社区救护服务"),
        ("金额合计", None, 240, None),
    ], GOAL)  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "应急救护持证培训人数", "≥4000人"),
        (None, None, "造血干细胞血样采集份数", "≥800份"),
        (None, None, "器官捐献宣传进社区场次", "≥40场"),
        (None, None, "新建博爱家园社区数", "≥4个"),
        (None, "质量指标", "持证培训考核合格率", "≥90%"),
        (None, "时效指标", "人道救助款物发放时限", "≤7个工作日"),
        ("成本指标", "经济成本指标", "博爱家园单个社区建设补助", "≤20万元/个"),
        (None, None, "持证培训人均成本", "≤200元/人"),
        ("效益指标", "社会效益指标", "公共场所急救响应时间下降率", "≥10%"),
        (None, "可持续影响指标", "红十字志愿者注册人数增长率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("sd16-charity-money", (12, 9),
         "department, OLD-NAT: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "the fill date a date serial stored as text")  # fmt: skip
def sd16() -> Book:
    b, s = book()
    total = mk(260, "B101", "error", row=True, note="基本支出 90 + 项目支出 160 = 250")
    budget = [(total, 200, 60, 90, 160)]
    department(s, "栖岸区慈善总会", budget, [
        ("慈善医疗救助", "困难患者医疗救助", 60, "减轻医疗负担"),
        ("慈善助学", "资助困难学生", 50, "保障完成学业"),
        ("慈善超市运营", "物资募集与发放", 40, "保障基本生活"),
        ("金额合计", None, mk(160, "B102", "error", note="60 + 50 + 40 = 150"), None),
    ], "募集慈善款物，开展医疗、助学和生活救助。",
       filled=mk("45615", "X104", "warning", note="a date serial typed as text"))  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "慈善医疗救助人数", "≥200人"),
        (None, None, "资助困难学生人数", "≥150人"),
        (None, "质量指标", "救助对象认定准确率", "≥98%"),
        (None, "时效指标", "救助资金拨付时限", "≤15个工作日"),
        (None, "成本指标", "慈善医疗人均救助金额", "≤3000元/人"),
        ("效益指标", "社会效益指标", "受助家庭因病返贫发生率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "受助对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("sd17-redcross-labels", (5,),
         "department, NAT-2021, tier labels with marks (*, ★), numbering and abbreviations "
         "(数量, 社会效益, 服务对象满意度), a ★ core indicator (correct)")  # fmt: skip
def sd17() -> Book:
    b, s = book()
    department(s, "云樾县红十字会", [(120, 100, 20, 70, 50)], [
        ("应急救护培训", "救护员持证培训", 30, "提升群众自救互救能力"),
        ("造血干细胞志愿者招募", "招募和血样采集", 20, "扩充捐献者资料库"),
        ("金额合计", None, 50, None),
    ], GOAL)  # fmt: skip
    indicators(s, HEAD, [
        ("*产出指标", "（一）数量", "★应急救护持证培训人数", "≥800人"),
        (None, None, "造血干细胞血样采集份数", "≥200份"),
        (None, "（二）质量", "持证培训考核合格率", "≥90%"),
        (None, "（三）时效", "血样送检时限", "≤48小时"),
        ("*成本指标", "1.经济成本指标", "持证培训人均成本", "≤300元/人"),
        ("效益", "社会效益", "群众应急救护知识知晓率", "≥75%"),
        (None, "可持续影响", "红十字志愿者注册人数增长率", "≥5%"),
        ("*满意度指标", "服务对象满意度", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("sd18-charity-wrong-parent", (5, 9, 11),
         "department, NAT-2021, numbered labels: a tier-2 under the wrong tier-1, a budget "
         "amount split by a space, a 反向 unit cost without an operator")  # fmt: skip
def sd18() -> Book:
    b, s = book()
    split = mk("23.5 0", "X105", "warning", alt=("X103",), note="read as 23.50; adds up")
    department(s, "云樾县慈善总会", [(60, split, 36.5, 20, 40)], [
        ("慈善助老餐桌", "为困难老人提供助餐服务", 25, "解决就餐困难"),
        ("困难残疾人慈善救助", "发放救助金", 15, "改善基本生活"),
        ("金额合计", None, 40, None),
    ], "开展慈善助老、助残救助，保障困难群众基本生活。")  # fmt: skip
    indicators(s, HEAD, [
        ("一、产出指标", "1.数量指标", "助老餐桌服务老人数", "≥300人"),
        (None, None, "困难残疾人救助人数", "≥100人"),
        (None, "2.质量指标", "助餐食品安全抽检合格率", "=100%"),
        (None, "3.时效指标", "救助金发放时限", "≤10个工作日"),
        (None, mk("4.可持续影响指标", "F105", "error", note="可持续影响 belongs to 效益指标"),
         "助老餐桌运营机制", "建立并执行"),
        ("二、成本指标", "1.经济成本指标", "人均每餐补助",
         mk("3元/人·餐", "T117", "warning", row=True, note="a cost cap without ≤")),
        (None, None, "残疾人人均救助金额", "≤1500元/人"),
        ("三、效益指标", "1.社会效益指标", "受助老人就餐困难缓解率", "≥90%"),
        ("四、满意度指标", "1.服务对象满意度指标", "受助老人满意度", "≥90%"),
    ])  # fmt: skip
    return b
