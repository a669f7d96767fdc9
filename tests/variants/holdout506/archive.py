"""Returns av01–av06: the audio archive of local dialects (方言有声档案)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout506.common import (
    TIERS3,
    indicators,
    new_book,
    notes,
    period_money,
    signature,
    year_money,
)
from tests.variants.holdout506.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

OP_HEAD = (*TIERS3, "指标性质", "绩效目标值", "计量单位")


@variant("av01-archive-percent", (1, 7),
         "project, OLD-NAT, operator column, header 绩效目标值, unit column, typed percent "
         "cells, 万元 in the number format (correct)")  # fmt: skip
def av01() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="鹭汀县方言有声档案采录项目", dept="鹭汀县文化和旅游局（417）",
                 unit="鹭汀县文化馆", money=year_money(64, 60, 4),
                 goals=["完成12个乡镇方言点的发音人录音，建成方言有声档案库。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ["产出指标", "数量指标", "采录方言点", "≥", 12, "个"],
        [None, None, "发音人录音时长", "≥", 360, "小时"],
        [None, "质量指标", "音频文件完好率", "≥", pct(0.98), "%"],
        [None, None, "转写文本差错率", "≤", pct(0.02), "%"],
        [None, "时效指标", "录音资料按时归档率", "≥", pct(0.95), "%"],
        [None, "成本指标", "每小时录音采录整理成本", "≤", 0.15, "万元/小时"],
        ["效益指标", "社会效益指标", "档案库公众检索访问量", "≥", 5000, "人次"],
        [None, "可持续影响指标", "方言音频资料保存年限", "≥", 30, "年"],
        ["满意度指标", "服务对象满意度指标", "发音人及家属满意度", "≥", pct(0.9), "%"],
    ])  # fmt: skip
    signature(s, "龚秀澜", "蒲远舟", "7726153")
    return b


@variant("av02-archive-percent-wrong", (1, 11),
         "project, OLD-NAT, operator column: a typed percent above 100 %, a 反向 rate with ≥, "
         "a unit price with =")  # fmt: skip
def av02() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="栖梧县濒危方言抢救性录音项目", dept="栖梧县文化广电局（306）",
                 unit="栖梧县非遗保护中心", money=year_money(48, 45, 3),
                 goals=["为8个濒危方言点的高龄发音人录制长篇语料，整理入库。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ["产出指标", "数量指标", "高龄发音人录音人数", "≥", 24, "人"],
        [None, None, "采购便携录音设备", "≥", 4, "套"],
        [None, "质量指标", "音频文件完好率", "≥",
         mk(pct(1.05), "T106", "error", note="完好率不能超过 100%"), "%"],
        [None, None, "转写文本差错率",
         mk("≥", "T108", "warning", row=True, note="差错率是反向指标，应为 ≤"), pct(0.03), "%"],
        [None, "时效指标", "录音任务按期完成率", "≥", pct(0.95), "%"],
        [None, "成本指标", "便携录音设备单价",
         mk("=", "T108", "warning", row=True, note="单价是成本上限，应为 ≤"), 0.8, "万元/套"],
        ["效益指标", "社会效益指标", "濒危方言点语料保存数", "≥", 8, "个"],
        [None, "可持续影响指标", "语料数据异地备份率", "=", pct(1), "%"],
        ["满意度指标", "服务对象满意度指标", "发音人满意度", "≥", pct(0.9), "%"],
    ])  # fmt: skip
    signature(s, "岑立昀", "卢小棠", "6603418")
    return b


@variant("av03-archive-two-years", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 value columns, counts annual below period, "
         "rates equal (correct)")  # fmt: skip
def av03() -> Book:
    b, s = new_book()
    project_head(s, year=2025, years=2, name="云岫市方言音像档案建设项目", attr="新增项目",
                 dept="云岫市文化广电旅游局（208）", unit="云岫市群众艺术馆",
                 money=period_money((150, 130, 20), (80, 70, 10)),
                 goals=["两年内完成全市6个区县40个方言调查点的音像采录，建成市级方言音像档案库。",
                        "2025年完成3个区县20个调查点的音像采录并完成入库标注。"])  # fmt: skip
    indicators(s, (*TIERS3, "中期指标值", "年度指标值", "备注"), [
        ["产出指标", "数量指标", "方言调查点音像采录数", "≥40个", "≥20个"],
        [None, None, "发音人访谈人次", "≥240人次", "≥120人次"],
        [None, "质量指标", "音像资料入库合格率", "≥95%", "≥95%"],
        [None, "时效指标", "采录任务按期完成率", "≥90%", "≥90%"],
        [None, "成本指标", "每个调查点采录成本", "≤3.2万元/个", "≤3.2万元/个", "行业标准"],
        ["效益指标", "社会效益指标", "方言语料公开展播场次", "≥16场", "≥6场"],
        [None, "可持续影响指标", "档案数据异地备份率", "100%", "100%"],
        ["满意度指标", "服务对象满意度指标", "发音人满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    signature(s, "韦知南", "郁晴川", "5218760")
    return b


@variant("av04-archive-copied-period", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied, "
         "annual money not adding up")  # fmt: skip
def av04() -> Book:
    b, s = new_book()
    total = mk(money(100, WAN), "B101", "error", note="年度 90 + 20 = 110 ≠ 100")
    project_head(s, year=2025, years=3, name="芗岚区老城方言口述史采录项目",
                 dept="芗岚区文化体育局（512）", unit="芗岚区档案馆",
                 money=period_money((300, 270, 30), (total, 90, 20)),
                 goals=["三年内完成老城60个方言点的口述史采录，形成可检索的口述档案。",
                        "2025年完成首批20个方言点的口述采录与转写。"])  # fmt: skip
    copied = "累计数年度照抄中期（三年期）"
    indicators(s, (*TIERS3, "中期指标值", "年度指标值", "备注"), [
        ["产出指标", "数量指标", "口述采录方言点数", "≥60个",
         mk("≥60个", "D202", "warning", note=copied)],
        [None, None, "口述史受访人次", "≥300人次", mk("≥300人次", "D202", "warning", note=copied)],
        [None, None, "口述史转写字数", "≥90万字", "≥30万字"],
        [None, "质量指标", "转写文本校核合格率", "≥95%", "≥95%"],
        [None, "时效指标", "年度采录任务按期完成率", "≥90%", "≥90%"],
        ["成本指标", "经济成本指标", "数字录音设备采购单价", "≤0.6万元/套", "≤0.6万元/套"],
        ["效益指标", "社会效益指标", "口述档案公众查阅人次", "≥3000人次", "≥800人次"],
        [None, "可持续影响指标", "口述档案长期保存率", "100%", "100%"],
        ["满意度指标", "服务对象满意度指标", "受访老人及家属满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    signature(s, "邝思远", "滕若溪", "3391205")
    return b


@variant("av05-archive-second-sheet", (7, 4),
         "project, NAT-2021: head on the first sheet, the indicator table on a second sheet under "
         "预期实现值, a 注 row inside, 填表说明 and signature lines below (correct)")  # fmt: skip
def av05() -> Book:
    b, s = new_book("项目信息")
    project_head(s, year=2025, name="鹭汀县方言语音库运维项目", dept="鹭汀县文化和旅游局（417）",
                 unit="鹭汀县图书馆", attr="常年项目", money=year_money(36, 36, 0),
                 goals=["保障方言语音库全年稳定运行，新增语音条目并向学校开放。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18, 24))
    t.title("2025年度项目绩效指标", 5)
    indicators(t, (*TIERS3, "预期实现值", "备注"), [
        ["产出指标", "数量指标", "新增整理方言语音条目", "≥4000条"],
        [None, None, "向中小学开放数据库账号", "≥30个"],
        [None, "质量指标", "语音条目标注准确率", "≥97%"],
        [None, "时效指标", "系统故障修复时间", "≤24小时"],
    ])  # fmt: skip
    notes(t, "注：语音条目按《鹭汀方言调查字表》整理，每条含音频、国际音标和释义。", width=5)
    t.table([
        ["成本指标", "经济成本指标", "服务器托管及运维费", "≤12万元"],
        ["效益指标", "社会效益指标", "数据库年访问量", "≥20000人次"],
        [None, None, "音频数据丢失事件", ok("0起", note="事故数的 0 目标是合法的零事故")],
        [None, "可持续影响指标", "数据库服务可用率", "≥99%"],
        ["满意度指标", "服务对象满意度指标", "学校用户满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    notes(t, "填表说明：1. 指标值须量化；2. 成本指标以万元为单位。", width=5)
    signature(t, "龚秀澜", "莫闻笛", "7726190")
    return b


@variant("av06-archive-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: a date serial in a "
         "text cell, a split number, an amount pasted twice")  # fmt: skip
def av06() -> Book:
    b, s = new_book()
    end = mk("46022", "X104", "warning", note="日期序列号（2025-12-31）存成文本")
    project_head(s, year=2025, name="栖梧县方言歌谣录音整理项目", dept="栖梧县文化广电局（306）",
                 unit="栖梧县文化馆", money=year_money(80, 72, 8), end=end,
                 goals=["录制并整理全县方言歌谣、童谣和谚语，出版方言歌谣有声读物。"])  # fmt: skip
    indicators(s, (*TIERS3, "指标值"), [
        ["产出指标", "数量指标", "录制方言歌谣", "≥150首"],
        [None, "质量指标", "录音音质达标率", "≥95%"],
        [None, "时效指标", "有声读物出版时间", "12月31日前"],
        [None, "成本指标", "每首歌谣录制整理成本", "≤0.3万元/首"],
        ["效益指标", "社会效益指标", "有声读物发放学校数", "≥40所"],
        ["满意度指标", "服务对象满意度指标", "歌谣传唱人满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    s.row("支出明细", "金额（万元）", "说明")
    s.row("录音设备租赁", money(18.5), "录音棚及设备")
    s.row("传唱人劳务补贴", mk("24.6 8", "X105", "warning", alt=("X103",),
                               note="数字被空格断开，读作 24.68"))  # fmt: skip
    s.row("记谱与转写", mk("15万15万", "X106", "error", alt=("B108",),
                             note="金额粘贴两次，读作 15"))  # fmt: skip
    s.row("有声读物出版", money(21.82), "含编辑、印制")
    s.row("合计", money(80))
    return b
